package org.roadmap.commitments.commitment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A partial change of a commitment: {@code null} leaves a field as it is. {@code deadline},
 * {@code venue} and {@code meetingSeries} are three-valued: {@code null} unchanged, empty removes
 * it, present sets it.
 *
 * @param confirmed a person has reviewed the suggested structure and accepts it
 */
public record CommitmentUpdate(String title, List<ResponsibleEntity> responsibleEntities, Boolean restricted,
        Double weight, Optional<LocalDate> deadline, Cadence cadence, Optional<String> venue,
        Optional<String> meetingSeries,
        Boolean confirmed) {

    public static CommitmentUpdate deadline(Optional<LocalDate> deadline) {
        return new CommitmentUpdate(null, null, null, null, deadline, null, null, null, null);
    }
}
