package org.roadmap.commitments.report.web;

import org.roadmap.commitments.config.CommitmentsProperties;
import org.roadmap.commitments.report.AnnualReport;
import org.roadmap.commitments.report.ReportLanguage;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The report as a document a person reads and prints, rendered by Thymeleaf, which escapes every
 * value it prints: titles, summaries and names come from the ministries' clients.
 */
@Component
class ReportPage {

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final CommitmentsProperties properties;

    ReportPage(ITemplateEngine templates, MessageSource messages, CommitmentsProperties properties) {
        this.templates = templates;
        this.messages = messages;
        this.properties = properties;
    }

    String render(AnnualReport report) {
        ReportLanguage language = ReportLanguage.ofTag(report.lang()).orElseThrow();
        Context context = new Context(language.locale());
        context.setVariable("report", report);
        context.setVariable("fmt", new ReportFormat(messages, language.locale(), properties.deadlineZone(), report));
        return templates.process("report/annual", context);
    }
}
