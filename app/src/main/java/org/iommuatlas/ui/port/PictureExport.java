package org.iommuatlas.ui.port;

import org.iommuatlas.model.AddressRange;
import org.iommuatlas.model.Scenario;

/**
 * Vector export of the picture (the picture package's SVG exporter). Optional: without one the
 * window's Export SVG item is disabled.
 */
public interface PictureExport {
    /** The SVG document for the scenario as the window shows it (visible range, scale, theme). */
    String svg(Scenario scenario, AnalysisView analysis, AddressRange visible, boolean linear, String theme);
}
