package org.iommuatlas.ui.engine;

import org.iommuatlas.format.guest.GuestFormat;
import org.iommuatlas.format.guest.GuestInputs;
import org.iommuatlas.format.guest.QemuErrorLine;
import org.iommuatlas.format.guest.QemuErrorLog;
import org.iommuatlas.format.guest.QemuErrorParser;
import org.iommuatlas.model.AddressRange;
import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.Scenario;
import org.iommuatlas.report.ErrorLineExplanation;
import org.iommuatlas.scenario.InputLoader;
import org.iommuatlas.scenario.ScenarioFiles;
import org.iommuatlas.ui.port.ExplainPort;

import java.nio.file.Path;
import java.util.Optional;

/** QEMU / kernel error logs explained against the current host ({@link ErrorLineExplanation}). */
final class EngineExplainPort implements ExplainPort {
    @Override
    public Optional<Explained> explainText(String text, String name, Scenario current) {
        if (GuestInputs.sniff(text).filter(f -> f == GuestFormat.QEMU_ERROR).isEmpty()) {
            return Optional.empty();
        }
        QemuErrorLog log;
        try {
            log = QemuErrorParser.parse(name, text);
        } catch (ParseException e) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder();
        AddressRange first = null;
        for (QemuErrorLine line : log.lines()) {
            sb.append(ErrorLineExplanation.explain(line, current.host())).append('\n');
            if (first == null && line.range().isPresent()) {
                first = line.range().get();
            }
        }
        return Optional.of(new Explained(sb.toString().strip(), first));
    }

    @Override
    public Optional<Explained> explainFile(Path file, Scenario current) {
        try {
            return explainText(ScenarioFiles.readText(file, InputLoader.MAX_TEXT_BYTES), file.toString(), current);
        } catch (ParseException e) {
            return Optional.empty();
        }
    }
}
