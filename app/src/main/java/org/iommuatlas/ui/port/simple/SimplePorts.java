package org.iommuatlas.ui.port.simple;

import org.iommuatlas.ui.port.Ports;

/** The stand-in engine: enough for the window to work end to end before the real packages are wired. */
public final class SimplePorts {
    private SimplePorts() {
    }

    public static Ports create() {
        JsonScenarioStore store = new JsonScenarioStore();
        return new Ports(new SimpleAnalysisPort(), new SimpleInputLoader(store), store, new SimpleReport());
    }
}
