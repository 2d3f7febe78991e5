package org.iommuatlas.guest;

import java.util.regex.Pattern;

/**
 * Machine-type versions ({@code 7.0}, {@code 2.12}, {@code 10.1}) and the compatibility switches
 * QEMU ties to them. A null version is the unversioned alias ({@code pc}, {@code q35},
 * {@code virt}), which always means the newest machine type, so every "since" test passes.
 */
final class MachineVersions {
    /** Digits, a dot, digits, and optionally one more dotted component ({@code 2.12}, {@code 7.0.1}). */
    static final Pattern SHAPE = Pattern.compile("\\d{1,3}\\.\\d{1,3}(\\.\\d{1,3})?");

    private MachineVersions() {
    }

    static boolean isValid(String version) {
        return version != null && SHAPE.matcher(version).matches();
    }

    /** True when {@code version} is {@code since} or newer; null (latest) is newer than everything. */
    static boolean atLeast(String version, String since) {
        return version == null || compare(version, since) >= 0;
    }

    /** Numeric comparison component by component ({@code 2.12} is newer than {@code 2.9}). */
    static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int xi = i < x.length ? Integer.parseInt(x[i]) : 0;
            int yi = i < y.length ? Integer.parseInt(y[i]) : 0;
            if (xi != yi) {
                return Integer.compare(xi, yi);
            }
        }
        return 0;
    }

    /** pc/q35: RAM split at 1 GiB boundaries ({@code gigabyte_align}), false for 1.7 and older. */
    static boolean gigabyteAlign(String version) {
        return atLeast(version, "2.0");
    }

    /** pc/q35: relocate above-4G RAM past the AMD HT hole ({@code enforce_amd_1tb_hole}), 7.1 on. */
    static boolean enforcesAmd1TbHole(String version) {
        return atLeast(version, "7.1");
    }

    /** pc/q35: 1 GiB of device memory per hotplug slot ({@code enforce_aligned_dimm}), 2.2 on. */
    static boolean alignedDimm(String version) {
        return atLeast(version, "2.2");
    }

    /** Arm virt: a disabled high region takes no address space ({@code highmem_compact}), 7.2 on. */
    static boolean compactHighmem(String version) {
        return atLeast(version, "7.2");
    }

    /** Arm virt: RAM may pass the legacy 255 GiB limit from machine type 4.0 on. */
    static boolean virtRamBeyond255G(String version) {
        return atLeast(version, "4.0");
    }
}
