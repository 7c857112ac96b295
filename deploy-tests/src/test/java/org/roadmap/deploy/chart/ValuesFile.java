package org.roadmap.deploy.chart;

import java.nio.file.Path;
import java.util.Optional;

/** The values files every check runs against: the chart's defaults and the cases in the chart's ci/. */
public enum ValuesFile {

    /** values.yaml alone */
    DEFAULTS(null),
    /** ingress, TLS, bigger pods, narrowed egress: what a platform team would run */
    PRODUCTION("production-values.yaml"),
    /** identity disabled; tokens from an external OIDC provider */
    EXTERNAL_OIDC("external-oidc-values.yaml");

    private final String file;

    ValuesFile(String file) {
        this.file = file;
    }

    public Optional<Path> path() {
        return Optional.ofNullable(file).map(name -> HelmChart.DIRECTORY.resolve("ci").resolve(name));
    }
}
