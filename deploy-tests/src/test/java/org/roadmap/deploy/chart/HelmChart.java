package org.roadmap.deploy.chart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.EnumMap;
import java.util.Map;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;

/**
 * deploy/helm/roadmap through Helm 3 in this JVM (helm-java): no cluster, no network. Renders are
 * cached per values file, as every check reads the same ones.
 */
public final class HelmChart {

    public static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    public static final Path DIRECTORY = REPOSITORY.resolve("deploy/helm/roadmap");
    /** the oldest Kubernetes the chart supports (preStop's sleep action) is below this one */
    static final String KUBE_VERSION = "1.33.0";
    static final String RELEASE = "roadmap";
    static final String NAMESPACE = "roadmap";

    private static final Map<ValuesFile, Rendering> RENDERED = new EnumMap<>(ValuesFile.class);

    private HelmChart() {
    }

    public static LintResult lintStrictly() {
        return lintStrictly(DIRECTORY);
    }

    static LintResult lintStrictly(Path chart) {
        return new Helm(chart).lint().strict().call();
    }

    public static synchronized Rendering rendered(ValuesFile values) {
        return RENDERED.computeIfAbsent(values, v -> {
            String manifests = template(v.path().orElse(null));
            keepForReading(v, manifests);
            return Rendering.of(manifests);
        });
    }

    /** What was rendered stays in target/rendered/ for a person reading a failure. */
    private static void keepForReading(ValuesFile values, String manifests) {
        try {
            Path directory = Files.createDirectories(Path.of("target", "rendered"));
            Files.writeString(directory.resolve(values.name().toLowerCase(Locale.ROOT) + ".yaml"), manifests);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Renders with the chart's values and, when given, one more values file on top. */
    public static String template(Path valuesFile) {
        TemplateCommand template = new Helm(DIRECTORY).template()
                .withName(RELEASE)
                .withNamespace(NAMESPACE)
                .withKubeVersion(KUBE_VERSION);
        if (valuesFile != null) {
            template = template.withValuesFile(valuesFile);
        }
        return template.call();
    }
}
