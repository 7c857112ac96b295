package org.roadmap.notifications.recipient;

import java.util.function.Predicate;

import org.roadmap.notifications.NotFoundException;
import org.roadmap.platform.security.Caller;
import org.roadmap.platform.security.NotAllowedException;
import org.springframework.stereotype.Component;

/**
 * Whose recipient a caller may touch (docs/adr/0006): their own, linked by the token's {@code sub};
 * the working group ({@code admin}) everyone's. Subscriptions, deliveries and the inbox follow the
 * recipient they belong to.
 */
@Component
public class RecipientAccess {

    static final String RULE = "Only the recipient's own user or the working group (admin) may see or change "
            + "a recipient, its subscriptions and its deliveries.";

    private final RecipientManagement recipients;

    RecipientAccess(RecipientManagement recipients) {
        this.recipients = recipients;
    }

    /** The recipient, if the caller may see and change it. */
    public Recipient managed(Caller caller, String recipientId) {
        Recipient recipient = recipients.load(recipientId);
        check(caller, recipient);
        return recipient;
    }

    /** @throws NotAllowedException when the recipient is neither the caller's nor the caller an admin */
    public void check(Caller caller, Recipient recipient) {
        if (!caller.isAdmin() && !recipient.belongsTo(caller.subject())) {
            throw new NotAllowedException(RULE);
        }
    }

    /** @throws NotAllowedException when the recipient {@code recipientId} is not the caller's and the caller no admin */
    public void check(Caller caller, String recipientId) {
        if (!caller.isAdmin()) {
            check(caller, recipients.load(recipientId));
        }
    }

    /**
     * The recipient, if the caller may change it: their own with any token (a reader's read token
     * too); anyone's for an admin whose token carries the write scope.
     */
    public Recipient changeable(Caller caller, String recipientId) {
        Recipient recipient = recipients.load(recipientId);
        checkChange(caller, recipient);
        return recipient;
    }

    /** @throws NotAllowedException unless the caller may change the recipient, see {@link #changeable} */
    public void checkChange(Caller caller, Recipient recipient) {
        if (recipient.belongsTo(caller.subject())) {
            return;
        }
        check(caller, recipient);
        caller.requireWrite();
    }

    /** @throws NotAllowedException unless the caller may change the recipient {@code recipientId} */
    public void checkChange(Caller caller, String recipientId) {
        checkChange(caller, recipients.load(recipientId));
    }

    /** Whose alerts the caller may see, by recipient id: everyone's for an admin, otherwise their own only. */
    public Predicate<String> alertsReadable(Caller caller) {
        if (caller.isAdmin()) {
            return recipientId -> true;
        }
        String own = recipients.ofUser(caller.subject()).map(Recipient::id).orElse(null);
        return recipientId -> own != null && own.equals(recipientId);
    }

    /** The caller's own recipient: their inbox and deliveries. */
    public Recipient own(Caller caller) {
        return recipients.ofUser(caller.subject()).orElseThrow(() -> new NoRecipientYetException(caller.subject()));
    }

    /** A signed-in user with no recipient yet (404): the working group or the user creates one. */
    public static class NoRecipientYetException extends NotFoundException {

        NoRecipientYetException(String subject) {
            super("No recipient for you (" + subject + ") yet: create yours with POST /api/v1/recipients, or ask "
                    + "the working group to.");
        }
    }
}
