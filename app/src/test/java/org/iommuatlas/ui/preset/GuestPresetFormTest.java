package org.iommuatlas.ui.preset;

import org.iommuatlas.model.RamBank;
import org.iommuatlas.ui.engine.EnginePorts;
import org.iommuatlas.ui.port.PresetPort;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The chooser's fields to a SPEC and a layout, through the real preset port (QEMU's rules, REFERENCE §5). */
class GuestPresetFormTest {
    private final PresetPort presets = EnginePorts.create().presets();

    @Test
    void virtWith4GiBIsOneBankAt0x40000000() {
        var out = GuestPresetForm.DEFAULT.evaluate(presets);
        assertTrue(out.valid(), out.error());
        assertEquals("virt:ram=4G", out.spec());
        RamBank bank = out.preset().layout().banks().get(0);
        assertEquals(0x40000000L, bank.start());
        assertEquals(0x100000000L, bank.size());
        assertEquals("mach-virt.ram", bank.memoryRegion());
    }

    @Test
    void q35WithAmdVcpuAndVersionMakesTheSpecWithOnlyTheKeysThatApply() {
        // highmem is an aarch64 virt key: a q35 SPEC must not carry it even if the field holds a value.
        var form = new GuestPresetForm("q35", "4G", true, "7.0", "2G", "off", false);
        var out = form.evaluate(presets);
        assertTrue(out.valid(), out.error());
        assertEquals("q35:ram=4G,version=7.0,cpu=amd,max-ram-below-4g=2G", out.spec());
        List<RamBank> banks = out.preset().layout().banks();
        assertEquals(2, banks.size());
        assertEquals(0x80000000L, banks.get(0).size(), "max-ram-below-4g=2G leaves 2 GiB below 4 GiB");
        assertEquals(0x100000000L, banks.get(1).start());
    }

    @Test
    void aRamSizeThatIsNotASizeIsNamedAsTheRamField() {
        var out = GuestPresetForm.DEFAULT.withRam("4 gigs").evaluate(presets);
        assertFalse(out.valid());
        assertEquals(GuestPresetForm.Field.RAM, out.field());
        assertTrue(out.error().startsWith("RAM: "), out.error());
        assertTrue(out.error().contains("4 gigs"), out.error());
    }

    @Test
    void zeroRamIsRefused() {
        var out = GuestPresetForm.DEFAULT.withRam("0").evaluate(presets);
        assertEquals(GuestPresetForm.Field.RAM, out.field());
    }

    @Test
    void aBareNumberIsMibAsInQemusMinusM() {
        var out = GuestPresetForm.DEFAULT.withRam("3054").evaluate(presets);
        assertTrue(out.valid(), out.error());
        assertEquals("virt:ram=3054M", out.spec());
        assertEquals(3054L << 20, out.preset().layout().totalRam());
    }

    @Test
    void aMalformedVersionIsNamedAsTheVersionField() {
        var out = new GuestPresetForm("pc", "4G", false, "seven", "", "", false).evaluate(presets);
        assertEquals(GuestPresetForm.Field.VERSION, out.field());
        assertTrue(out.error().contains("'seven'"), out.error());
    }

    @Test
    void maxRamBelow4gAbove4GiBIsRefused() {
        var out = new GuestPresetForm("q35", "4G", false, "", "5G", "", false).evaluate(presets);
        assertEquals(GuestPresetForm.Field.MAX_RAM_BELOW_4G, out.field());
    }

    @Test
    void qemusOwnRefusalIsAProblemNotAFieldError() {
        // Without highmem the virt RAM must end below 4 GiB: 4 GiB from 0x40000000 does not start.
        var out = new GuestPresetForm("virt", "4G", false, "", "", "off", false).evaluate(presets);
        assertTrue(out.valid(), "the layout is still drawn: " + out.error());
        assertFalse(out.preset().problems().isEmpty(), "QEMU refuses highmem=off with 4 GiB");
    }

    @Test
    void theFormReadsACurrentPresetBack() throws Exception {
        var form = GuestPresetForm.of(presets.choice("pc-q35-7.0:ram=1100G,cpu=amd"));
        assertEquals(new GuestPresetForm("q35", "1100G", true, "7.0", "", "", false), form);
        assertNull(form.evaluate(presets).error());
    }
}
