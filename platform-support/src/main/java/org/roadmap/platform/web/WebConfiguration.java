package org.roadmap.platform.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

/** Problem details, request size limits and checks of query strings and methods for servlet services. */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(WebProperties.class)
@Import(MethodNotAllowedAnswers.class)
public class WebConfiguration {

    /** Before sign-in (Spring Security's filters run at -100), so that no large body is read at all. */
    @Bean
    FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(WebProperties properties) {
        FilterRegistrationBean<RequestSizeLimit> registration = new FilterRegistrationBean<>(new RequestSizeLimit(properties));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    /** Before the firewall and any binding read the parameters, so that none of them fails on them. */
    @Bean
    FilterRegistrationBean<QueryStringCheck> queryStringCheck() {
        FilterRegistrationBean<QueryStringCheck> registration = new FilterRegistrationBean<>(new QueryStringCheck());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 21);
        return registration;
    }

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }

    @Bean
    @ConditionalOnClass(name = "org.apache.catalina.valves.ErrorReportValve")
    TomcatProblemPages tomcatProblemPages() {
        return new TomcatProblemPages();
    }
}
