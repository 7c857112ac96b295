package org.roadmap.notifications.recipient;

/** A signed-in user is at most one recipient (409): change that one instead of creating another. */
public class UserHasRecipientException extends RuntimeException {

    private final String recipientId;

    UserHasRecipientException(String userId, String recipientId) {
        super("User " + userId + " has a recipient already, " + recipientId + "; change that one instead.");
        this.recipientId = recipientId;
    }

    public String recipientId() {
        return recipientId;
    }
}
