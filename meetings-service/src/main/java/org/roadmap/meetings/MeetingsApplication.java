package org.roadmap.meetings;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** meetings-service: recurring bilateral meetings, alternating venues, time zones and calendar feeds. */
@SpringBootApplication
public class MeetingsApplication {

    public static void main(String[] args) {
        SpringApplication.run(MeetingsApplication.class, args);
    }
}
