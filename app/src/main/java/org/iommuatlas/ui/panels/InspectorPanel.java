package org.iommuatlas.ui.panels;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;
import org.iommuatlas.model.Address;
import org.iommuatlas.model.AddressRange;
import org.iommuatlas.model.DmaMap;
import org.iommuatlas.model.GuestRegion;
import org.iommuatlas.model.HostMemoryRange;
import org.iommuatlas.model.RamBank;
import org.iommuatlas.model.ReservedRegion;
import org.iommuatlas.model.ReservedType;
import org.iommuatlas.model.Sizes;
import org.iommuatlas.ui.port.AnalysisView;
import org.iommuatlas.ui.port.ConflictView;

import java.util.ArrayList;
import java.util.List;

/**
 * Describes the selected thing: range, size, type, group, devices, where it was read (file:line)
 * and, in plain words, what it means for device assignment.
 */
public final class InspectorPanel extends VBox {
    private final Label title = new Label("Inspector");
    /**
     * Built when the first selection has properties to list: with nothing selected (as at
     * start-up) the sheet is hidden, and building ControlsFX's sheet, its skin and its stylesheet
     * was a large share of the window's first frame (issue #4, start-up benchmark).
     */
    private PropertySheet sheet;
    private final Label explanation = new Label();
    private final Button editBank = new Button("Edit bank\u2026");

    public InspectorPanel(Runnable onEditBank) {
        getStyleClass().addAll("inspector", "side-panel");
        title.getStyleClass().add("panel-title");
        explanation.getStyleClass().add("explanation");
        explanation.setId("inspector-explanation");
        editBank.setOnAction(e -> onEditBank.run());
        editBank.setVisible(false);
        editBank.managedProperty().bind(editBank.visibleProperty());
        getChildren().addAll(title, editBank, explanation);
        show(null, AnalysisView.EMPTY);
    }

    private PropertySheet buildSheet() {
        PropertySheet built = new PropertySheet();
        built.setModeSwitcherVisible(false);
        built.setSearchBoxVisible(false);
        built.setMode(PropertySheet.Mode.NAME);
        built.setPrefHeight(230);
        built.managedProperty().bind(built.visibleProperty());
        getChildren().add(getChildren().indexOf(title) + 1, built);
        return built;
    }

    public void show(Object selected, AnalysisView analysis) {
        List<PropertySheet.Item> items = new ArrayList<>();
        String text;
        editBank.setVisible(selected instanceof RamBank);
        if (selected instanceof RamBank b) {
            title.setText("RAM bank " + b.id());
            range(items, b.range());
            items.add(new InfoItem("", "Type", "guest RAM bank (movable)"));
            items.add(new InfoItem("", "QEMU region", b.memoryRegion()));
            items.add(new InfoItem("", "Source", b.source().toString()));
            List<DmaMap> maps = analysis.maps().stream().filter(m -> b.id().equals(m.bankId())).toList();
            items.add(new InfoItem("", "DMA maps", maps.isEmpty() ? "none" : maps.toString()));
            long errors = analysis.conflicts().stream().filter(c -> b.id().equals(c.bankId())).count();
            text = "Guest RAM that QEMU maps for device DMA at IOVA = GPA (no vIOMMU). "
                    + (errors == 0 ? "None of its maps touches a host reserved region."
                    : errors + " of its maps hit host reserved regions: QEMU would fail at start-up.")
                    + " Drag it to move, drag its ends to resize, or use Edit bank to type a base and size.";
        } else if (selected instanceof ReservedRegion r) {
            title.setText("Host reserved region");
            range(items, r.range());
            items.add(new InfoItem("", "Type", r.reportedAs() + (r.typeInferred() ? " (" + r.type().word() + ", inferred)" : "")));
            items.add(new InfoItem("", "Group", r.hasGroup() ? Integer.toString(r.group()) : "unknown"));
            items.add(new InfoItem("", "Devices", r.devices().isEmpty() ? "not listed" : String.join(", ", r.devices())));
            items.add(new InfoItem("", "Source", r.source().toString()));
            text = explain(r.type());
        } else if (selected instanceof DmaMap m) {
            title.setText("DMA map");
            range(items, m.range());
            items.add(new InfoItem("", "Region", m.regionName()));
            items.add(new InfoItem("", "Read-only", m.readOnly() ? "yes" : "no"));
            items.add(new InfoItem("", "Bank", m.bankId() == null ? "fixed section" : m.bankId()));
            boolean failing = analysis.failingMaps().contains(m);
            text = "QEMU calls vfio_dma_map(" + Address.hex(m.iova()) + ", " + Address.hex(m.size())
                    + ") for this RAM section. " + (failing ? "The kernel refuses it (-22): it overlaps a reserved region."
                    : "It stays clear of every reserved region.");
        } else if (selected instanceof GuestRegion g) {
            title.setText("Guest region " + g.name());
            range(items, g.range());
            items.add(new InfoItem("", "Kind", g.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
            items.add(new InfoItem("", "Source", g.source().toString()));
            text = g.dmaMapped() ? "QEMU maps this section for DMA as well." : "Fixed part of the guest map; not RAM, "
                    + "so QEMU does not map it for DMA.";
        } else if (selected instanceof HostMemoryRange h) {
            title.setText("Host " + h.name());
            range(items, h.range());
            items.add(new InfoItem("", "Kind", h.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
            items.add(new InfoItem("", "Source", h.source().toString()));
            text = "Host physical memory. Guest RAM is pinned somewhere in host System RAM, page by page, "
                    + "so it is never one block here.";
        } else if (selected instanceof ConflictView c) {
            title.setText(c.severity() + " " + c.rule());
            range(items, c.overlap());
            if (c.map() != null) {
                items.add(new InfoItem("", "DMA map", c.map().toString()));
            }
            if (c.hostRegion() != null) {
                items.add(new InfoItem("", "Host region", c.hostRegion().range() + " " + c.hostRegion().reportedAs()));
                items.add(new InfoItem("", "Source", c.hostRegion().source().toString()));
            }
            text = c.explanation();
        } else {
            title.setText("Inspector");
            text = "Click a range in the picture or a conflict in the list to see what it is.";
        }
        if (!items.isEmpty() && sheet == null) {
            sheet = buildSheet();
        }
        if (sheet != null) {
            sheet.getItems().setAll(items);
            sheet.setVisible(!items.isEmpty());
        }
        explanation.setText(text);
    }

    /** Whether the property sheet has been built (it is, from the first selection with properties on). */
    public boolean sheetBuilt() {
        return sheet != null;
    }

    /** The properties listed now, as "name: value" lines in order; empty when none are shown. */
    public List<String> shownProperties() {
        if (sheet == null || !sheet.isVisible()) {
            return List.of();
        }
        return sheet.getItems().stream().map(i -> i.getName() + ": " + i.getValue()).toList();
    }

    /** The inspector's heading ("RAM bank ram", "Host reserved region", ...). */
    public String heading() {
        return title.getText();
    }

    /** The plain-words explanation under the properties. */
    public String explanationText() {
        return explanation.getText();
    }

    private static void range(List<PropertySheet.Item> items, AddressRange r) {
        items.add(new InfoItem("", "Range", r.toString(), "inclusive first and last address"));
        items.add(new InfoItem("", "Size", Sizes.exact(r) + " (" + (r.start() == 0 && r.last() == Address.MAX
                ? "2^64" : Address.hex(r.size())) + ")"));
    }

    static String explain(ReservedType type) {
        switch (type) {
            case MSI:
                return "Hardware MSI window: device writes here are interrupts, handled by interrupt remapping and "
                        + "never translated. VFIO cuts it out of the usable IOVA space, so guest RAM must not cover it.";
            case SW_MSI:
                return "Software MSI window: the kernel maps the interrupt controller's doorbell page somewhere in it. "
                        + "VFIO cuts it out of the usable IOVA space, so guest RAM must not cover it.";
            case DIRECT:
                return "Firmware identity map (RMRR / IVMD / RMR) that must stay: since Linux 6.6 a device that has one "
                        + "cannot be assigned at all, and DMA maps over it fail.";
            case DIRECT_RELAXABLE:
                return "Identity map the kernel may drop while the device is assigned (USB or graphics RMRR). "
                        + "No error; the firmware's mapping is simply absent in the guest.";
            default:
                return "Reserved: never mapped and never handed to a device. A DMA map over it fails with -22.";
        }
    }
}
