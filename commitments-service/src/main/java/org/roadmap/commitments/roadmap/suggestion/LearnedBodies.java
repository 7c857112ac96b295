package org.roadmap.commitments.roadmap.suggestion;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.roadmap.commitments.commitment.ResponsibleEntity;

/**
 * The responsible bodies of a confirmed commitment that the gazetteer does not know, as entries to
 * learn: a person confirmed the body belongs to that side, so a later import that names it (or its
 * acronym) recognises it. A body is known when an entry of its country has its name or its acronym.
 */
public final class LearnedBodies {

    /** "Name (ACRONYM)", the way the platform writes a body with its acronym. */
    private static final Pattern WITH_ACRONYM = Pattern.compile("^(.*\\S)\\s*\\(([^()]{2,15})\\)$");
    private static final Pattern MINISTRY = Pattern.compile("^(?:the\\s+)?(?:ministry|ministerio|minist[eè]re)\\b",
            Pattern.CASE_INSENSITIVE);

    private LearnedBodies() {
    }

    /**
     * @param source the confirmed import it is learned from, e.g. {@code <road map id> I.2}
     */
    public static List<GazetteerEntry> unknownTo(Gazetteer gazetteer, List<ResponsibleEntity> bodies, String source) {
        List<GazetteerEntry> learned = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        gazetteer.entries().forEach(e -> ids.add(e.id()));
        for (ResponsibleEntity body : bodies) {
            Matcher parts = WITH_ACRONYM.matcher(body.name().strip());
            String name = parts.matches() ? parts.group(1) : body.name().strip();
            String acronym = parts.matches() ? parts.group(2).strip() : null;
            if (known(gazetteer, body.country(), name, acronym)) {
                continue;
            }
            String id = uniqueId(ids, body.country().toLowerCase(Locale.ROOT) + "-" + slug(acronym != null ? acronym : name));
            ids.add(id);
            learned.add(new GazetteerEntry(id, body.country(), MINISTRY.matcher(name).find() ? "ministry" : "agency",
                    List.of(name), acronym == null ? List.of() : List.of(acronym), List.of(), List.of(), source));
        }
        return learned;
    }

    private static boolean known(Gazetteer gazetteer, String country, String name, String acronym) {
        return gazetteer.of(List.of(country)).stream().anyMatch(e ->
                e.names().stream().anyMatch(n -> n.equalsIgnoreCase(name))
                        || acronym != null && e.acronyms().stream().anyMatch(a -> a.equals(acronym)));
    }

    private static String uniqueId(Set<String> taken, String id) {
        String unique = id;
        for (int n = 2; taken.contains(unique); n++) {
            unique = id + "-" + n;
        }
        return unique;
    }

    private static String slug(String words) {
        String slug = words.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        slug = slug.length() > 60 ? slug.substring(0, 60).replaceAll("-$", "") : slug;
        return slug.isEmpty() ? "body" : slug;
    }
}
