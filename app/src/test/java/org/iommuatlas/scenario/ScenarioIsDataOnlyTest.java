package org.iommuatlas.scenario;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.iommuatlas.model.AddressRange;
import org.iommuatlas.model.GuestArch;
import org.iommuatlas.model.GuestLayout;
import org.iommuatlas.model.GuestRegion;
import org.iommuatlas.model.GuestRegionKind;
import org.iommuatlas.model.HostDevice;
import org.iommuatlas.model.HostMemoryKind;
import org.iommuatlas.model.HostMemoryRange;
import org.iommuatlas.model.HostModel;
import org.iommuatlas.model.HostPlatform;
import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.RamBank;
import org.iommuatlas.model.ReservedRegion;
import org.iommuatlas.model.ReservedType;
import org.iommuatlas.model.Scenario;
import org.iommuatlas.model.SourceRef;
import org.iommuatlas.model.ViewSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Opening a scenario a stranger sent cannot make the program read or write anything beyond the
 * scenario file itself (issue #5): path-like strings anywhere in it stay strings, and the code
 * that turns JSON into the model has no way to reach the filesystem, the network or a process.
 */
class ScenarioIsDataOnlyTest {
    @TempDir
    Path dir;

    /**
     * The code path from JSON text to a model: the codec, its document records, the spec resolver
     * and the presets it runs, and the model. None of it may open a file, a socket or a process;
     * only ScenarioFiles, AtomicFiles and InputLoader do, and only on the path the user chose.
     */
    @Test
    void theJsonToModelPathCannotReachFilesNetworkOrProcesses() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.iommuatlas.scenario", "org.iommuatlas.model", "org.iommuatlas.guest");
        ArchRule rule = noClasses()
                .that().resideInAnyPackage("org.iommuatlas.model..", "org.iommuatlas.guest..")
                .or().haveNameMatching("org\\.iommuatlas\\.scenario\\."
                        + "(ScenarioJson|ScenarioDocument|GuestSpecResolver|PresetSpecResolver)(\\$.*)?")
                .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.net..",
                        "java.nio.channels..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileReader")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileWriter")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.RandomAccessFile")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.ProcessBuilder")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.Runtime")
                .because("a scenario is data: reading one must not open, fetch or run anything it names");
        rule.check(classes);
    }

    @Test
    void pathLikeStringsEverywhereStayStringsAndNothingIsCreatedOrRead() throws Exception {
        Path canary = dir.resolve("canary");
        String p = canary.toString();
        List<String> specsResolved = new ArrayList<>();
        GuestSpecResolver recording = spec -> {
            specsResolved.add(spec);
            throw new ParseException("<spec>", 0, "not used");
        };
        ScenarioJson json = new ScenarioJson(recording);

        SourceRef src = new SourceRef(p + "/reserved_regions", 1);
        HostModel host = new HostModel(HostPlatform.INTEL,
                List.of(new ReservedRegion(0xe8000L, 0xe8fffL, ReservedType.DIRECT, "direct", 1,
                        List.of("../../../../etc/passwd"), src)),
                List.of(new HostMemoryRange(0x1000L, 0x9ffffL, HostMemoryKind.SYSTEM_RAM, "file:///etc/shadow", 0,
                        new SourceRef("/proc/self/mem", 2))),
                List.of(new HostDevice(p + "/dev", 1, "/dev/sda", 0x0c0330)),
                AddressRange.FULL, 46);
        GuestLayout guest = new GuestLayout("\\\\server\\share\\q35", GuestArch.values()[0], "",
                List.of(new RamBank("ram", p + "/ram", 0x40000000L, 0x100000000L, new SourceRef(p, 3))),
                List.of(new GuestRegion("http://127.0.0.1:9/fetch", 0x08080000L, 0x0809ffffL,
                        GuestRegionKind.values()[0], false, false, SourceRef.preset(p))),
                false, 0, false);
        Scenario scenario = new Scenario(p, "$(touch " + p + ")", host, guest, List.of(p + "/dev"),
                new ViewSettings(0x40000000L, 0x13fffffffL, true, 0x40000000L, p));

        String text = json.write(scenario);
        Scenario read = json.read(p + ".json", text);

        assertEquals(scenario, read);
        assertEquals(p, read.title());
        assertEquals("$(touch " + p + ")", read.description());
        assertEquals("../../../../etc/passwd", read.host().regions().get(0).devices().get(0));
        assertEquals("/dev/sda", read.host().devices().get(0).driver());
        assertTrue(specsResolved.isEmpty(), "a guest given as banks was resolved as a spec: " + specsResolved);
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.toList(), "reading or writing the scenario created files");
        }
    }
}
