package org.roadmap.commitments.roadmap.suggestion;

import java.util.List;

import jakarta.annotation.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A ministry or agency of one country, as road map texts name it.
 *
 * @param id          stable, e.g. {@code jp-maff}
 * @param country     ISO 3166-1 alpha-2 of the country it belongs to
 * @param kind        {@code foreign-ministry} (a side's default lead), {@code ministry}, {@code agency},
 *                    {@code embassy}, {@code force}, …
 * @param names       the first, with the first acronym, is the name the platform writes; the others
 *                    (Spanish, older or shorter forms) are recognised too
 * @param acronyms    as the texts write them, e.g. {@code MAFF}
 * @param descriptors functional words that can only mean this body on its side, e.g. "health
 *                    authorities" for the health ministry
 * @param remit       words of the subjects it answers for (a prefix matches: {@code touris} is
 *                    tourism and tourist), used to infer it where an item names no body of its side
 * @param learnedFrom the confirmed import it was learned from (road map id and reference); absent
 *                    for entries shipped with the service
 */
@Document("gazetteer")
public record GazetteerEntry(@Id String id, String country, String kind, List<String> names, List<String> acronyms,
        List<String> descriptors, List<String> remit, @Nullable String learnedFrom) {

    public GazetteerEntry {
        names = names == null ? List.of() : List.copyOf(names);
        acronyms = acronyms == null ? List.of() : List.copyOf(acronyms);
        descriptors = descriptors == null ? List.of() : List.copyOf(descriptors);
        remit = remit == null ? List.of() : List.copyOf(remit);
    }

    /** The name the platform writes, e.g. {@code Ministry of Agriculture, Forestry and Fisheries of Japan (MAFF)}. */
    public String displayName() {
        return acronyms.isEmpty() ? names.get(0) : names.get(0) + " (" + acronyms.get(0) + ")";
    }

    @Nullable
    public String acronym() {
        return acronyms.isEmpty() ? null : acronyms.get(0);
    }

    boolean isForeignMinistry() {
        return "foreign-ministry".equals(kind);
    }
}
