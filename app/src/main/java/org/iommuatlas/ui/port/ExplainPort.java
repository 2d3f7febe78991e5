package org.iommuatlas.ui.port;

import org.iommuatlas.model.AddressRange;
import org.iommuatlas.model.Scenario;

import java.nio.file.Path;
import java.util.Optional;

/**
 * "Explain this error": when opened or pasted text is a QEMU / kernel failure log rather than
 * data, the window shows what it means against the current host and zooms to the failing range.
 */
public interface ExplainPort {
    /** Empty when the text is not an error log (then it is loaded as data instead). */
    Optional<Explained> explainText(String text, String name, Scenario current);

    /** Same for a file; empty when the file is not an error log or cannot be read. */
    Optional<Explained> explainFile(Path file, Scenario current);

    /**
     * @param text  the explanation, one paragraph per recognised line
     * @param range the IOVA range of the first failed DMA map, or null when no line names one
     */
    record Explained(String text, AddressRange range) {
    }
}
