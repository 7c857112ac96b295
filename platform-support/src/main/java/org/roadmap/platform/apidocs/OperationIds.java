package org.roadmap.platform.apidocs;

import io.swagger.v3.oas.models.Operation;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.web.method.HandlerMethod;

/**
 * Names every operation after its resource and what it does, e.g. {@code commitmentList},
 * {@code progressReportReport}, {@code inboxUnreadCount}: the names generated clients give their
 * methods. Without it the document numbers clashing names ({@code list_1}, {@code get_2}) in the order
 * controllers happen to be read, so a client's method names depend on it.
 */
public class OperationIds implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        String resource = handler.getBeanType().getSimpleName().replaceFirst("Controller$", "");
        String method = handler.getMethod().getName();
        operation.setOperationId(Character.toLowerCase(resource.charAt(0)) + resource.substring(1)
                + Character.toUpperCase(method.charAt(0)) + method.substring(1));
        return operation;
    }
}
