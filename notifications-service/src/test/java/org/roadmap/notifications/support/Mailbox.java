package org.roadmap.notifications.support;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** What the test SMTP server received for one address, decoded. */
public final class Mailbox {

    private Mailbox() {
    }

    /** A received e-mail: decoded subject and plain-text body. */
    public record Mail(String subject, String body) {
    }

    public static List<Mail> of(String address) {
        return Arrays.stream(Smtp.server().getReceivedMessages()).filter(m -> to(m, address)).map(Mailbox::read)
                .toList();
    }

    private static boolean to(MimeMessage message, String address) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null && Arrays.stream(recipients).anyMatch(a -> a.toString().contains(address));
        } catch (MessagingException e) {
            return false;
        }
    }

    private static Mail read(MimeMessage message) {
        try {
            return new Mail(message.getSubject(), String.valueOf(message.getContent()).replace("\r\n", "\n"));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
