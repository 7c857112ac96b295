package org.roadmap.platform.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * A method no operation has, {@code TRACE}, {@code QUERY} or a made-up one, is answered as HTTP
 * says: 405 with an {@code Allow} header listing the methods the path does have, as a problem.
 * Left alone, Tomcat answered {@code TRACE} itself (with Boot's error JSON and an {@code Allow} of
 * methods the path does not have) and Spring Security's firewall refused unknown methods as a
 * malformed address (400).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebMvcProperties.class)
class MethodNotAllowedAnswers {

    /** The dispatcher Boot would make, except that it routes {@code TRACE} like any other method. */
    @Bean(name = DispatcherServletAutoConfiguration.DEFAULT_DISPATCHER_SERVLET_BEAN_NAME)
    DispatcherServlet dispatcherServlet(WebMvcProperties webMvc) {
        DispatcherServlet servlet = new TraceRoutingDispatcherServlet();
        servlet.setDispatchOptionsRequest(webMvc.isDispatchOptionsRequest());
        servlet.setPublishEvents(webMvc.isPublishRequestHandledEvents());
        servlet.setEnableLoggingRequestDetails(webMvc.isLogRequestDetails());
        return servlet;
    }

    /** Lets {@code TRACE} through to the dispatcher instead of Tomcat answering it on its own. */
    @Bean
    @ConditionalOnClass(name = "org.apache.catalina.connector.Connector")
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> traceReachesTheDispatcher() {
        return factory -> factory.addConnectorCustomizers(connector -> connector.setAllowTrace(true));
    }

    /**
     * Spring Security's firewall, except that it lets any method through to the handler mappings,
     * which answer 405 for those no operation has; everything else it refuses stays refused.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.security.web.firewall.StrictHttpFirewall")
    static class AnyMethodToTheHandlers {

        @Bean
        HttpFirewall roadmapFirewall() {
            StrictHttpFirewall firewall = new StrictHttpFirewall();
            firewall.setUnsafeAllowAnyHttpMethod(true);
            return firewall;
        }
    }

    /**
     * {@code TRACE} goes through the handler mappings, where no operation has it: 405 with
     * {@code Allow}. Never the servlet's own echo of the request, which would send its headers
     * (the bearer token among them) back (cross-site tracing).
     */
    static final class TraceRoutingDispatcherServlet extends DispatcherServlet {

        @Override
        protected void doTrace(HttpServletRequest request, HttpServletResponse response)
                throws ServletException, IOException {
            processRequest(request, response);
        }
    }
}
