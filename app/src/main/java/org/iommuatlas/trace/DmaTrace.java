package org.iommuatlas.trace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Locale;

import org.iommuatlas.analysis.AnalysisResult;
import org.iommuatlas.analysis.ContainerRegions;
import org.iommuatlas.analysis.DeviceVerdict;
import org.iommuatlas.analysis.FailingMap;
import org.iommuatlas.analysis.ScenarioAnalysis;
import org.iommuatlas.guest.DmaMapPlanner;
import org.iommuatlas.model.Address;
import org.iommuatlas.model.DmaMap;
import org.iommuatlas.model.GuestArch;
import org.iommuatlas.model.GuestRegion;
import org.iommuatlas.model.HostPlatform;
import org.iommuatlas.model.RamBank;
import org.iommuatlas.model.ReservedRegion;
import org.iommuatlas.model.ReservedType;
import org.iommuatlas.model.Scenario;

/**
 * Follows one DMA write from the assigned device, issued at a guest-physical address, through
 * GPA → IOVA → the host IOMMU → HPA or an interrupt or a fault (REFERENCE §1). Without a vIOMMU,
 * QEMU maps guest RAM at IOVA = GPA; with one, the guest's own IOVA choice is not modelled and the
 * trace says so.
 */
public final class DmaTrace {
    /** The doorbell page the MSI cookie maps at the SW_MSI window's start (4 KiB IOMMU granule assumed). */
    static final long DOORBELL_PAGE = 4096;

    private DmaTrace() {
    }

    public static Trace trace(Scenario scenario, long gpa) {
        return new Tracer(scenario, gpa).run();
    }

    /** One trace in progress: collects steps until a terminal outcome. */
    private static final class Tracer {
        private final Scenario scenario;
        private final long gpa;
        private final List<TraceStep> steps = new ArrayList<>();
        private AnalysisResult result;

        Tracer(Scenario scenario, long gpa) {
            this.scenario = scenario;
            this.gpa = gpa;
        }

        Trace run() {
            steps.add(gpaStep());
            long iova = gpa;
            steps.add(iovaStep(iova));
            result = ScenarioAnalysis.analyze(scenario);
            Optional<DeviceVerdict> refused = refusedDevice(result);
            List<ReservedRegion> regions = ContainerRegions.of(scenario.host(), scenario.assignedDevices());
            Optional<ReservedRegion> region = regionAt(regions, iova);
            if (refused.isPresent()) {
                return unassignable(refused.get(), region, iova);
            }
            if (!scenario.host().aperture().contains(iova)) {
                return fault(FaultReason.BEYOND_APERTURE, TraceStep.at(Space.IOVA, iova, "IOMMU aperture check",
                        Outcome.FAULT, "The IOMMU translates only " + scenario.host().aperture()
                                + "; a DMA to " + Address.hex(iova) + " faults."));
            }
            Optional<DmaMap> map = mapAt(iova);
            if (region.isPresent()) {
                return inRegion(region.get(), map, iova);
            }
            if (map.isPresent()) {
                Optional<FailingMap> refusedMap = result.failingMaps().stream()
                        .filter(f -> f.map().equals(map.get())).findFirst();
                if (refusedMap.isPresent()) {
                    return refusedMap(refusedMap.get(), iova);
                }
                return memory(map.get(), iova, "");
            }
            return fault(FaultReason.NOT_MAPPED, TraceStep.at(Space.IOVA, iova, "IOMMU page-table walk",
                    Outcome.FAULT, "No DMA map of QEMU covers " + Address.hex(iova)
                            + " (QEMU maps guest RAM only), so the IOMMU has no entry: the device gets a"
                            + " translation fault."));
        }

        private TraceStep gpaStep() {
            Optional<RamBank> bank = scenario.guest().banks().stream().filter(b -> b.range().contains(gpa)).findFirst();
            if (bank.isPresent()) {
                return TraceStep.at(Space.GPA, gpa, "guest RAM bank " + bank.get().id(), Outcome.PASSES,
                        Address.hex(gpa) + " is guest RAM (" + bank.get().memoryRegion() + ", "
                                + bank.get().range() + "); the guest driver gives this address to the device.");
            }
            Optional<GuestRegion> region = scenario.guest().regions().stream().filter(r -> r.range().contains(gpa))
                    .min(Comparator.comparing(r -> r.range().sizeBig()));
            if (region.isPresent()) {
                return TraceStep.at(Space.GPA, gpa, "guest " + region.get().kind().name().toLowerCase(Locale.ROOT) + " "
                        + region.get().name(), Outcome.PASSES, Address.hex(gpa) + " is " + region.get().name()
                        + " in the guest (" + region.get().range() + "), not RAM; the device is told to write"
                        + " there anyway.");
            }
            return TraceStep.at(Space.GPA, gpa, "nothing in the guest map", Outcome.PASSES,
                    "Nothing of the guest lives at " + Address.hex(gpa) + "; the device is told to write there anyway.");
        }

        private TraceStep iovaStep(long iova) {
            if (scenario.guest().viommu()) {
                return TraceStep.at(Space.IOVA, iova, "guest vIOMMU (not modelled)", Outcome.NOTE,
                        "The guest has a vIOMMU: its driver chooses the IOVA and QEMU installs those maps."
                                + " That mapping is not modelled; the trace goes on as if IOVA = GPA.");
            }
            return TraceStep.at(Space.IOVA, iova, "QEMU VFIO memory listener: IOVA = GPA", Outcome.PASSES,
                    "No vIOMMU: QEMU maps guest RAM into the host IOMMU at IOVA = GPA, so the device emits "
                            + Address.hex(iova) + ".");
        }

        private Optional<DeviceVerdict> refusedDevice(AnalysisResult result) {
            List<String> assigned = scenario.assignedDevices();
            return result.devices().stream().filter(d -> !d.assignable())
                    .filter(d -> assigned.isEmpty() || assigned.contains(d.device())).findFirst();
        }

        private Trace unassignable(DeviceVerdict refused, Optional<ReservedRegion> region, long iova) {
            String identity = region.filter(r -> r.type().isIdentityMap())
                    .map(r -> " In the host's own DMA domain this IOVA is a firmware identity map: HPA = IOVA = "
                            + Address.hex(iova) + " (" + r.range() + ").").orElse("");
            return fault(FaultReason.UNASSIGNABLE, TraceStep.at(Space.IOVA, iova, "VFIO group attach",
                    Outcome.FAULT, "Device " + refused.device() + " cannot be assigned: " + refused.reason()
                            + ". No DMA from the guest ever reaches the IOMMU." + identity));
        }

        private Trace inRegion(ReservedRegion r, Optional<DmaMap> map, long iova) {
            String where = r.reportedAs() + " region " + r.range();
            String mapFails = map.filter(m -> r.type().excludedFromIova())
                    .map(m -> " QEMU's DMA map " + m + " covers it and is refused with -22, so this guest would"
                            + " not even start as laid out.").orElse("");
            switch (r.type()) {
                case MSI:
                    if (scenario.host().platform() == HostPlatform.ARM_SMMU) {
                        return terminal(Outcome.ITS_DOORBELL, TraceStep.at(Space.IRQ, iova,
                                "ITS translation frame (hardware MSI, IORT)", Outcome.ITS_DOORBELL,
                                "The " + where + " is a hardware MSI region: the SMMU does not translate it and the"
                                        + " write goes straight to the ITS doorbell at that physical address."
                                        + mapFails));
                    }
                    return terminal(Outcome.INTERRUPT_REMAPPING, TraceStep.at(Space.IRQ, iova,
                            "IOMMU interrupt-remapping unit", Outcome.INTERRUPT_REMAPPING,
                            "The " + where + " is the x86 MSI window: a write here is an interrupt message, not"
                                    + " memory; the IOMMU's interrupt-remapping unit looks it up in the"
                                    + " remapping table and delivers the interrupt." + mapFails));
                case SW_MSI:
                    return itsDoorbell(r, iova, mapFails);
                case RESERVED:
                    return fault(FaultReason.RESERVED, TraceStep.at(Space.IOVA, iova, "reserved IOVA",
                            Outcome.FAULT, "The " + where + " is reserved: VFIO never maps it, so the device"
                                    + " faults." + mapFails));
                case DIRECT_RELAXABLE:
                    if (map.isPresent()) {
                        return memory(map.get(), iova, " The firmware identity map here (" + r.range()
                                + ", relaxable) is dropped while the device is assigned.");
                    }
                    return fault(FaultReason.NOT_MAPPED, TraceStep.at(Space.IOVA, iova, "relaxed identity map",
                            Outcome.FAULT, "The " + where + " is a relaxable firmware identity map: it exists"
                                    + " only in the host's own domain (HPA = IOVA there) and is dropped while"
                                    + " assigned; no DMA map covers it, so the device faults."));
                case DIRECT:
                default:
                    // A direct region always makes the device unassignable (caught above); reached only
                    // when the analysis did not name the device, e.g. an ungrouped pasted region.
                    return fault(FaultReason.RESERVED, TraceStep.at(Space.IOVA, iova, "firmware identity map",
                            Outcome.FAULT, "The " + where + " must stay an identity map (HPA = IOVA = "
                                    + Address.hex(iova) + ") and is excluded from the usable IOVA space." + mapFails));
            }
        }

        /**
         * The MSI cookie maps each doorbell page in turn from the window's start (iommu_dma_get_msi_page);
         * with one ITS only the first page is mapped. The IOMMU granule is taken as 4 KiB.
         */
        private Trace itsDoorbell(ReservedRegion r, long iova, String mapFails) {
            boolean doorbellPage = Address.lessThan(iova - r.start(), DOORBELL_PAGE);
            Trace trace;
            if (doorbellPage) {
                steps.add(TraceStep.at(Space.IOVA, iova, "SW_MSI window (MSI cookie)", Outcome.PASSES,
                        "The " + r.reportedAs() + " region " + r.range() + " is the Arm SMMU's software MSI"
                                + " window: the kernel maps the GIC ITS doorbell page (GITS_TRANSLATER) at its"
                                + " start, " + Address.hex(r.start()) + ", and programs the device's MSIs with"
                                + " that IOVA." + mapFails));
                steps.add(TraceStep.unaddressed(Space.IRQ, "GIC ITS doorbell", Outcome.ITS_DOORBELL,
                        "The SMMU translates the write to the ITS doorbell page (its physical address is not in"
                                + " the inputs); the ITS turns it into an LPI for the guest's vCPU."));
                trace = new Trace(gpa, steps, Outcome.ITS_DOORBELL, Optional.empty());
            } else {
                steps.add(TraceStep.at(Space.IOVA, iova, "SW_MSI window, past the doorbell page", Outcome.FAULT,
                        "The " + r.reportedAs() + " region " + r.range() + " is the Arm SMMU's software MSI"
                                + " window. The kernel maps the ITS doorbell page at its start, "
                                + Address.hex(r.start()) + " (one 4 KiB page per ITS); with one ITS nothing is"
                                + " mapped at " + Address.hex(iova) + ", so the device faults. Its real MSIs go to "
                                + Address.hex(r.start()) + "." + mapFails));
                trace = new Trace(gpa, steps, Outcome.FAULT, Optional.of(FaultReason.RESERVED));
            }
            if (scenario.guest().arch() == GuestArch.AARCH64) {
                steps.addAll(ArmMsiStages.nestedSteps());
                trace = new Trace(gpa, steps, trace.outcome(), trace.faultReason());
            }
            return trace;
        }

        /** The map covering the IOVA is refused elsewhere in its range, so none of it is mapped. */
        private Trace refusedMap(FailingMap refused, long iova) {
            return fault(FaultReason.NOT_MAPPED, TraceStep.at(Space.IOVA, iova, "refused DMA map "
                    + refused.map().regionName(), Outcome.FAULT, Address.hex(iova) + " lies in QEMU's DMA map "
                    + refused.map() + ", which the kernel refuses with -22 because it covers the "
                    + refused.region().reportedAs() + " region " + refused.region().range()
                    + ". Nothing of it is mapped and QEMU stops: move or shrink the bank."));
        }

        private Trace memory(DmaMap map, long iova, String extra) {
            steps.add(TraceStep.at(Space.IOVA, iova, "VFIO type1 DMA map " + map.regionName(), Outcome.PASSES,
                    "The IOMMU walks its page table: " + Address.hex(iova) + " lies in QEMU's DMA map " + map
                            + ", backed by QEMU's host virtual memory." + extra));
            return terminal(Outcome.MEMORY, TraceStep.unaddressed(Space.HPA, "a host page pinned by VFIO",
                    Outcome.MEMORY, "The write lands in a host page pinned by VFIO (vfio_pin_pages_remote). Pages"
                            + " are pinned one by one, so no single HPA follows from the GPA."));
        }

        private Trace terminal(Outcome outcome, TraceStep last) {
            steps.add(last);
            return new Trace(gpa, steps, outcome, Optional.empty());
        }

        private Trace fault(FaultReason reason, TraceStep last) {
            steps.add(last);
            return new Trace(gpa, steps, Outcome.FAULT, Optional.of(reason));
        }

        private Optional<DmaMap> mapAt(long iova) {
            return DmaMapPlanner.plan(scenario.guest()).stream().filter(m -> m.range().contains(iova)).findFirst();
        }

        /** The deciding region: an excluded one wins over a relaxable one at the same IOVA. */
        private static Optional<ReservedRegion> regionAt(List<ReservedRegion> regions, long iova) {
            return regions.stream().filter(r -> r.range().contains(iova))
                    .min(Comparator.comparing((ReservedRegion r) -> !r.type().excludedFromIova())
                            .thenComparing(ReservedRegion::type));
        }
    }
}
