package org.iommuatlas.ui.port;

import org.iommuatlas.model.GuestLayout;
import org.iommuatlas.model.ParseException;

import java.util.List;

/**
 * Guest machine presets (the guest package's QEMU layout rules): the guest chooser builds a SPEC
 * such as {@code q35:ram=4G,cpu=amd,version=7.0} and asks for its layout.
 */
public interface PresetPort {
    /** The layout a SPEC describes and what QEMU would refuse about it; ParseException for a bad SPEC. */
    Preset layout(String spec) throws ParseException;

    /** A SPEC read back into the chooser's fields (to start the chooser from the current guest). */
    Choice choice(String spec) throws ParseException;

    /**
     * @param problems QEMU's own messages for a configuration it would not start (empty when it starts)
     */
    record Preset(String spec, GuestLayout layout, List<String> problems) {
        public Preset {
            problems = List.copyOf(problems);
        }
    }

    /**
     * The chooser's fields.
     *
     * @param machine        {@code virt}, {@code riscv64-virt}, {@code q35} or {@code pc}
     * @param version        machine-type version ({@code 7.0}), null for the latest
     * @param maxRamBelow4g  x86 {@code max-ram-below-4g} in bytes, null when not given
     * @param highmem        aarch64 virt {@code highmem}, null when not given (on)
     */
    record Choice(String machine, long ramBytes, boolean amdVcpu, String version, Long maxRamBelow4g,
                  Boolean highmem, boolean viommu) {
    }
}
