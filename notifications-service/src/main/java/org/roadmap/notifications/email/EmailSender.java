package org.roadmap.notifications.email;

import java.time.Clock;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.roadmap.notifications.alert.Alert;
import org.roadmap.notifications.config.NotificationsProperties;
import org.roadmap.notifications.delivery.Attempt;
import org.roadmap.notifications.delivery.ChannelSender;
import org.roadmap.notifications.delivery.Outcome;
import org.roadmap.notifications.message.Message;
import org.roadmap.notifications.recipient.Channel;
import org.roadmap.notifications.recipient.Recipient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * The e-mail channel: one plain-text UTF-8 message over SMTP (Spring Mail). The delivery id
 * travels in an {@code X-Roadmap-Delivery-Id} header, so the rare resend after a crash can be
 * recognised by the receiving side.
 */
@Component
class EmailSender implements ChannelSender {

    private static final Logger log = LoggerFactory.getLogger(EmailSender.class);

    private final JavaMailSender mail;
    private final NotificationsProperties.Mail settings;
    private final Clock clock;

    EmailSender(JavaMailSender mail, NotificationsProperties properties, Clock clock) {
        this.mail = mail;
        this.settings = properties.mail();
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public Outcome send(String deliveryId, Alert alert, Recipient recipient, Message message) {
        return mail(deliveryId, recipient, message);
    }

    @Override
    public Outcome sendDigest(String deliveryId, java.util.List<Alert> alerts, Recipient recipient, Message message) {
        return mail(deliveryId, recipient, message);
    }

    private Outcome mail(String deliveryId, Recipient recipient, Message message) {
        if (!settings.enabled()) {
            return Outcome.failed(java.util.List.of(new Attempt(clock.instant(), false, "email-disabled")),
                    "email-disabled");
        }
        try {
            MimeMessage mime = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, false, "UTF-8");
            helper.setFrom(settings.from());
            helper.setTo(recipient.email());
            helper.setSubject(message.subject());
            helper.setText(message.body(), false);
            mime.setHeader("X-Roadmap-Delivery-Id", deliveryId);
            mime.setHeader("Content-Language", recipient.secondLanguage() == null ? recipient.language().code()
                    : recipient.language().code() + ", " + recipient.secondLanguage().code());
            mail.send(mime);
            return Outcome.sent(new Attempt(clock.instant(), true, "sent"));
        } catch (MailException | MessagingException e) {
            log.warn("E-mail delivery {} failed: {}", deliveryId, e.getMessage());
            return Outcome.failed(java.util.List.of(new Attempt(clock.instant(), false, "smtp-error")), "smtp-error");
        }
    }
}
