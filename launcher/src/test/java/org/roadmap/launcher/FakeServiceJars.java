package org.roadmap.launcher;

import org.roadmap.platform.lifecycle.ParentWatch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Writes a runnable {@link FakeService} jar, with the {@link ParentWatch} it uses, under each service's name. */
final class FakeServiceJars {

    private FakeServiceJars() {
    }

    static Path writeTo(Path servicesDir, LauncherSettings settings) throws IOException {
        Files.createDirectories(servicesDir);
        for (ServiceDefinition service : ServiceDefinition.forPlatform(settings)) {
            write(service.jar(servicesDir));
        }
        return servicesDir;
    }

    private static void write(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeService.class.getName());
        try (OutputStream file = Files.newOutputStream(jar);
             JarOutputStream out = new JarOutputStream(file, manifest)) {
            for (Class<?> type : List.of(FakeService.class, ParentWatch.class)) {
                String entry = type.getName().replace('.', '/') + ".class";
                try (InputStream classFile = type.getClassLoader().getResourceAsStream(entry)) {
                    out.putNextEntry(new JarEntry(entry));
                    classFile.transferTo(out);
                    out.closeEntry();
                }
            }
        }
    }
}
