package org.roadmap.meetings.series;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.roadmap.events.EventEnvelope;
import org.roadmap.events.commitment.MeetingSeriesOffered;
import org.roadmap.meetings.config.MeetingsProperties.Party;
import org.roadmap.platform.messaging.KeptFields;
import org.roadmap.platform.messaging.RefusedByRuleException;
import org.springframework.stereotype.Component;

/**
 * Takes the meeting series a confirmed imported commitment offers (event
 * {@code commitment.meeting-series-offered.v1}): creates it, with the road map's parties learned so its
 * venues can be checked and its times shown in both capitals; or, when the road map has the series
 * already, adds the commitment to what it serves. Delivered twice, it changes nothing the second time.
 * An offer whose series id belongs to another road map is refused (and so parked on the dead-letter
 * topic): one road map's meetings never join another's series.
 */
@Component
public class OfferedSeries {

    private final MeetingSeriesManagement management;
    private final Parties parties;

    OfferedSeries(MeetingSeriesManagement management, Parties parties) {
        this.management = management;
        this.parties = parties;
    }

    /** Thrown for an offer that names another road map's series. */
    static class OfferRefusedException extends RefusedByRuleException {

        OfferRefusedException(String message) {
            super(message);
        }
    }

    public void offered(EventEnvelope event, MeetingSeriesOffered offer) {
        // what the API would refuse in a series is refused in an offer too, before anything of it is kept; who
        // confirmed it is kept as who created or changed the series in its history
        KeptFields.offeredSeries(offer.title(), offer.organiser(), offer.offeredBy());
        parties.learn(offer.roadMapId(), offer.parties().stream()
                .map(p -> new Party(p.country(), p.name(), p.capital(), p.timeZone())).toList());
        Optional<MeetingSeries> existing = management.find(offer.seriesId());
        if (existing.isEmpty()) {
            management.create(definition(offer), offer.offeredBy(), "offered:" + offer.commitmentId());
            return;
        }
        MeetingSeries series = existing.get();
        if (!series.roadMapId().equals(offer.roadMapId())) {
            throw new OfferRefusedException("Meeting series " + offer.seriesId() + " belongs to road map "
                    + series.roadMapId() + ", not " + offer.roadMapId() + " (event " + event.id() + ").");
        }
        if (!series.commitments().contains(offer.reference())) {
            List<String> serves = new ArrayList<>(series.commitments());
            serves.add(offer.reference());
            management.change(series, series.version(), new SeriesUpdate(null, null, null, serves, null, null,
                    null, null, null), offer.offeredBy());
        }
    }

    private static NewSeries definition(MeetingSeriesOffered offer) {
        List<Venue> venues = offer.venues().stream().map(v -> new Venue(v.city(), v.country(), v.timeZone())).toList();
        return new NewSeries(offer.seriesId(), offer.roadMapId(), offer.title(), offer.organiser(),
                "Offered by the confirmation of " + offer.reference() + " of the road map.", List.of(offer.reference()),
                offer.timeZone(), null, null, null, new VenueRule(offer.venueRule(), venues),
                new CadenceRule(offer.cadence(), CadenceRule.PERIODIC.equals(offer.cadence()) ? null : offer.periodsFrom(),
                        offer.periodsUntil()));
    }
}
