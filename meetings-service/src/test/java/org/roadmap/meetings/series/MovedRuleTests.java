package org.roadmap.meetings.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class MovedRuleTests {

    @Test
    void takesMonthAndDayFromTheNewDate() {
        assertThat(moved("FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=15;COUNT=4", "2030-10-15T14:00", "2030-09-20T14:00"))
                .isEqualTo("FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=20;COUNT=4");
    }

    @Test
    void keepsCountingFromTheEndOfTheMonthWhenTheNewDateIsAlsoItsLastDay() {
        assertThat(moved("FREQ=MONTHLY;BYMONTHDAY=-1", "2027-01-31T10:00", "2027-02-28T10:00"))
                .isEqualTo("FREQ=MONTHLY;BYMONTHDAY=-1");
        assertThat(moved("FREQ=MONTHLY;BYMONTHDAY=-1", "2027-01-31T10:00", "2027-02-26T10:00"))
                .isEqualTo("FREQ=MONTHLY;BYMONTHDAY=26");
    }

    @Test
    void takesTheWeekdayAndItsPlaceInTheMonthFromTheNewDate() {
        assertThat(moved("FREQ=MONTHLY;BYDAY=3TU", "2027-04-20T10:00", "2027-04-28T10:00"))
                .isEqualTo("FREQ=MONTHLY;BYDAY=4WE");
        assertThat(moved("FREQ=MONTHLY;BYDAY=-1FR", "2027-04-30T10:00", "2027-04-29T10:00"))
                .isEqualTo("FREQ=MONTHLY;BYDAY=-1TH");
        assertThat(moved("FREQ=MONTHLY;BYDAY=-1FR", "2027-04-30T10:00", "2027-04-22T10:00"))
                .isEqualTo("FREQ=MONTHLY;BYDAY=4TH");
        assertThat(moved("FREQ=YEARLY;BYMONTH=11;BYDAY=1MO", "2027-11-01T10:00", "2027-11-10T10:00"))
                .isEqualTo("FREQ=YEARLY;BYMONTH=11;BYDAY=2WE");
    }

    @Test
    void takesTheWeekdayAndTimeOfAWeeklyRuleFromTheNewStart() {
        assertThat(moved("FREQ=WEEKLY;BYDAY=TU;BYHOUR=10;BYMINUTE=0", "2027-04-20T10:00", "2027-04-22T14:30"))
                .isEqualTo("FREQ=WEEKLY;BYDAY=TH;BYHOUR=14;BYMINUTE=30");
    }

    @Test
    void keepsAPartOfSeveralValuesThatTheMoveDoesNotChange() {
        assertThat(moved("FREQ=WEEKLY;BYDAY=MO,TH;WKST=MO", "2027-04-19T10:00", "2027-04-19T15:00"))
                .isEqualTo("FREQ=WEEKLY;BYDAY=MO,TH;WKST=MO");
    }

    @Test
    void refusesToChooseAmongSeveralValuesOfAPart() {
        assertThatThrownBy(() -> moved("FREQ=WEEKLY;BYDAY=MO,TH", "2027-04-19T10:00", "2027-04-21T10:00"))
                .isInstanceOf(ScheduleRejectedException.class).hasMessageContaining("BYDAY=MO,TH")
                .extracting("field").isEqualTo("start");
    }

    @Test
    void refusesARuleThatStillWouldNotStartOnTheNewDate() {
        // the last weekday of each month
        assertThatThrownBy(() -> moved("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", "2027-04-30T10:00",
                "2027-04-23T10:00")).isInstanceOf(ScheduleRejectedException.class).hasMessageContaining("BYSETPOS")
                .extracting("field").isEqualTo("start");
    }

    @Test
    void leavesARuleWithoutDatePartsAsItWas() {
        assertThat(moved("FREQ=YEARLY;INTERVAL=2;COUNT=3", "2027-09-16T10:00", "2027-11-09T14:00"))
                .isEqualTo("FREQ=YEARLY;INTERVAL=2;COUNT=3");
    }

    private static String moved(String rule, String previous, String next) {
        return MovedRule.startingAt(rule, LocalDateTime.parse(previous), LocalDateTime.parse(next));
    }
}
