package org.iommuatlas.cli;

import static org.iommuatlas.cli.CliTest.AMD;
import static org.iommuatlas.cli.CliTest.ROOT;
import static org.iommuatlas.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** {@code trace} end to end, in process. */
class TraceCommandTest {
    @Test
    void msiWindowOnTheAmdHostPrintsInterruptRemapping() {
        CliTest.Run r = run("trace", "--host", AMD, "--guest", "virt:ram=4G", "--address", "0xfee00000");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("Trace of a DMA write to GPA 0xfee00000\n"), r.out());
        assertTrue(r.out().contains(" 2. IOVA 0xfee00000"), r.out());
        assertTrue(r.out().contains("Outcome: interrupt remapping: IOMMU interrupt-remapping unit at 0xfee00000"), r.out());
    }

    @Test
    void jsonNamesEachStepAndTheFaultReason() throws IOException {
        CliTest.Run r = run("trace", "--host", AMD, "--guest", "virt:ram=4G", "--address", "0xfd00000000", "--json");
        assertEquals(1, r.status(), r.err());
        JsonNode json = r.json();
        assertEquals("0xfd00000000", json.get("gpa").asText());
        assertEquals("fault", json.get("outcome").asText());
        assertEquals("reserved", json.get("faultReason").asText());
        assertEquals("GPA", json.at("/steps/0/space").asText());
        assertEquals("IOVA", json.at("/steps/1/space").asText());
        assertEquals("0xfd00000000", json.at("/steps/1/address").asText());
    }

    @Test
    void guestRamHasNoInventedHostAddress() throws IOException {
        CliTest.Run r = run("trace", "--scenario",
                ROOT.resolve("samples/arm-host-sw-msi-window-arm-guest-its-clean.json").toString(),
                "--address", "0x40000000", "--json");
        assertEquals(0, r.status(), r.err());
        JsonNode last = r.json().at("/steps/3");
        assertEquals("HPA", last.get("space").asText());
        assertTrue(last.get("address").isNull());
        assertEquals("a host page pinned by VFIO", last.get("handler").asText());
        assertEquals("memory", last.get("outcome").asText());
    }

    @Test
    void armSwMsiWindowStartReachesTheDoorbell() throws IOException {
        CliTest.Run r = run("trace", "--scenario",
                ROOT.resolve("samples/arm-host-sw-msi-window-arm-guest-its-clean.json").toString(),
                "--address", "0x08000000", "--json");
        assertEquals("its_doorbell", r.json().get("outcome").asText());
    }

    @Test
    void missingAddressIsAUsageError() {
        CliTest.Run r = run("trace", "--host", AMD, "--guest", "virt:ram=4G");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("--address 0x... is required"), r.err());
    }

    @Test
    void nonHexAddressIsAUsageError() {
        CliTest.Run r = run("trace", "--host", AMD, "--guest", "virt:ram=4G", "--address", "4096");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("--address takes a hex address starting with 0x, not 4096"), r.err());
    }

    @Test
    void addressWiderThan64BitsIsAUsageError() {
        CliTest.Run r = run("trace", "--host", AMD, "--guest", "virt:ram=4G", "--address", "0x1ffffffffffffffff");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("does not fit in 64 bits"), r.err());
    }
}
