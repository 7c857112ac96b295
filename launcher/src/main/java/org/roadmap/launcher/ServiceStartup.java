package org.roadmap.launcher;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How each service's JVM finds its classes ({@code --service-startup}); see {@link ServiceClasses}. */
enum ServiceStartup {

    /** From its Spring Boot jar as built, whose libraries are nested jars. */
    JAR,
    /** From its jar extracted once per build into the data directory: plain jars on the class path. */
    EXTRACTED,
    /** Extracted, and with an application class-data sharing archive recorded on its first run. */
    CDS;

    static ServiceStartup of(String value) {
        return Arrays.stream(values()).filter(startup -> startup.option().equals(value.trim())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("--service-startup must be one of "
                        + Arrays.stream(values()).map(ServiceStartup::option).collect(Collectors.joining(", "))
                        + ", not '" + value + "'."));
    }

    String option() {
        return name().toLowerCase(Locale.ROOT);
    }
}
