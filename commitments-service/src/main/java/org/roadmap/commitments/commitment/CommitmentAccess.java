package org.roadmap.commitments.commitment;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.roadmap.platform.security.Caller;
import org.roadmap.platform.security.NotAllowedException;

/**
 * Who may see and change a commitment (docs/adr/0006). The working group (admin) may change
 * everything; an editor only commitments its organisation is responsible for, and reports progress
 * only for its own country's side; readers and integrators only read, and only staff roles see
 * restricted commitments ({@link Caller#sees}). Every change also needs a token with the write scope.
 */
public final class CommitmentAccess {

    private CommitmentAccess() {
    }

    /** Whether the caller may know the commitment exists; when not, it is answered as not found. */
    public static boolean visible(Caller caller, Commitment commitment) {
        return caller.sees(commitment.restricted());
    }

    /** @throws CommitmentNotFoundException when the caller may not see it */
    public static Commitment requireVisible(Caller caller, Commitment commitment) {
        if (!visible(caller, commitment)) {
            throw new CommitmentNotFoundException(commitment.id());
        }
        return commitment;
    }

    /** @throws NotAllowedException unless the caller may change the commitment's fields and milestones */
    public static void requireChange(Caller caller, Commitment commitment) {
        requireChange(caller, commitment.reference(), names(commitment.responsibleEntities()));
    }

    /** The same rule for a commitment being registered, by its responsible entities. */
    public static void requireChange(Caller caller, String reference, List<ResponsibleEntity> responsible) {
        requireChange(caller, reference, names(responsible));
    }

    /**
     * A commitment both sides answer for belongs to neither editor alone: an editor may add, change
     * and remove the responsible entities of its own country's side, and must leave the others as
     * they are.
     *
     * @throws NotAllowedException naming the other side's entities the change would add or remove
     */
    public static void requireEntityChange(Caller caller, Commitment commitment, List<ResponsibleEntity> proposed) {
        if (caller.isAdmin() || proposed == null) {
            return;
        }
        Set<ResponsibleEntity> before = othersSide(caller, commitment.responsibleEntities());
        Set<ResponsibleEntity> after = othersSide(caller, proposed);
        if (!before.equals(after)) {
            Set<ResponsibleEntity> touched = new LinkedHashSet<>(before);
            touched.addAll(after);
            touched.removeIf(entity -> before.contains(entity) && after.contains(entity));
            throw new NotAllowedException("Editors change only their own country's side of a commitment's responsible"
                    + " entities: " + caller.organisation() + " (" + side(caller) + ") may not add or remove "
                    + String.join(", ", touched.stream().map(e -> e.name() + " (" + e.country() + ")").toList())
                    + " on " + commitment.reference() + ".");
        }
    }

    /**
     * @throws NotAllowedException unless the caller may report progress of {@code country}'s side under
     *                             the name {@code organisation}: an editor reports for its own side, as
     *                             its own organisation or one of that side's responsible entities
     */
    public static void requireReport(Caller caller, Commitment commitment, String country, String organisation) {
        caller.requireWrite();
        if (caller.isAdmin()) {
            return;
        }
        requireChange(caller, commitment);
        if (caller.country() == null || !caller.country().equals(country)) {
            throw new NotAllowedException("Editors report progress only for their own country's side: "
                    + caller.organisation() + " reports for " + side(caller) + ", not " + country + ".");
        }
        boolean ownSide = commitment.responsibleEntities().stream()
                .anyMatch(e -> country.equals(e.country()) && e.name().equals(organisation));
        if (!ownSide && !Objects.equals(caller.organisation(), organisation)) {
            throw new NotAllowedException("Editors report under their own organisation's name or one of their side's"
                    + " responsible entities of " + commitment.reference() + ": " + caller.organisation()
                    + " may not report as " + organisation + ".");
        }
    }

    /** @throws NotAllowedException unless the caller is the working group */
    public static void requireAdmin(Caller caller, String what) {
        caller.requireWrite();
        if (!caller.isAdmin()) {
            throw new NotAllowedException("Only the Road Map working group (admin) may " + what + ".");
        }
    }

    private static void requireChange(Caller caller, String reference, Collection<String> responsible) {
        caller.requireWrite();
        if (caller.isAdmin()) {
            return;
        }
        if (!caller.isEditor()) {
            throw new NotAllowedException("Only editors and the working group change commitments; this token may only read.");
        }
        if (!caller.belongsToOneOf(responsible)) {
            throw new NotAllowedException("Editors change only commitments their organisation is responsible for: "
                    + caller.organisation() + " is not a responsible entity of " + reference + ".");
        }
    }

    private static Set<ResponsibleEntity> othersSide(Caller caller, List<ResponsibleEntity> entities) {
        Set<ResponsibleEntity> others = new LinkedHashSet<>();
        for (ResponsibleEntity entity : entities == null ? List.<ResponsibleEntity>of() : entities) {
            if (caller.country() == null || !caller.country().equals(entity.country())) {
                others.add(entity);
            }
        }
        return others;
    }

    private static String side(Caller caller) {
        return caller.country() == null ? "no side" : caller.country();
    }

    private static List<String> names(List<ResponsibleEntity> entities) {
        return entities == null ? List.of() : entities.stream().map(ResponsibleEntity::name).toList();
    }
}
