package org.roadmap.commitments;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** commitments-service: the Road Map's commitments, their progress and their history. */
@SpringBootApplication
public class CommitmentsApplication {

    public static void main(String[] args) {
        SpringApplication.run(CommitmentsApplication.class, args);
    }
}
