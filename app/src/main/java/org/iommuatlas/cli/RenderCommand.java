package org.iommuatlas.cli;

import org.iommuatlas.lesson.Lessons;
import org.iommuatlas.analysis.AnalysisResult;
import org.iommuatlas.analysis.ScenarioAnalysis;
import org.iommuatlas.guest.DmaMapPlanner;
import org.iommuatlas.model.DmaMap;
import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.Scenario;
import org.iommuatlas.picture.Drawing;
import org.iommuatlas.picture.LayoutOptions;
import org.iommuatlas.picture.Palette;
import org.iommuatlas.picture.PictureExporter;
import org.iommuatlas.picture.PictureInput;
import org.iommuatlas.picture.PictureLayout;
import org.iommuatlas.picture.Viewport;
import org.iommuatlas.report.ScenarioPicture;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code render}: the window's picture written to PNG or SVG without a display. */
final class RenderCommand implements Cli.Command {
    @Override
    public String name() {
        return "render";
    }

    @Override
    public String summary() {
        return "draw GPA, IOVA and HPA to a PNG or SVG file (no display needed)";
    }

    @Override
    public String help() {
        return "Usage: iommu-atlas render [inputs as for check] -o FILE.png|FILE.svg [--width W] [--height H]\n"
                + "                          [--scale S] [--theme light|dark|presentation] [--linear]\n"
                + "       iommu-atlas render --lesson NAME --step K -o FILE.png|FILE.svg [same drawing options]\n\n"
                + "Draws the same picture as the window, with title, legend and the predicted QEMU line.\n\n"
                + "Options:\n" + ScenarioInputs.HELP + "\n"
                + "  -o FILE             output; the format follows the extension (.png or .svg)\n"
                + "  --width W           logical width in pixels (default 1400)\n"
                + "  --height H          logical height in pixels (default 900)\n"
                + "  --scale S           PNG pixel scale for high-DPI screens, e.g. 2 (default 1)\n"
                + "  --theme NAME        light (default), dark or presentation\n"
                + "  --linear            true linear scale instead of folding empty stretches\n"
                + "  --lesson NAME       draw a lesson step instead (" + Lessons.names() + ")\n"
                + "  --step K            the lesson step, from 1 (default 1)\n\n"
                + "Exit status: 0 no error in the layout, 1 errors found (the picture is written anyway),\n"
                + "2 unusable input.\n";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws UsageException, ParseException, IOException {
        Set<String> valued = new HashSet<>(ScenarioInputs.VALUED);
        valued.addAll(List.of("-o", "--width", "--height", "--scale", "--theme", "--lesson", "--step"));
        Set<String> flags = new HashSet<>(ScenarioInputs.FLAGS);
        flags.add("--linear");
        Options o = Options.parse(args, 1, valued, flags);
        String target = o.single("-o");
        if (target == null) {
            throw new UsageException("-o FILE.png or -o FILE.svg is required");
        }
        String lower = target.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".png") && !lower.endsWith(".svg")) {
            throw new UsageException("-o must name a .png or .svg file, not " + target);
        }
        double width = number(o, "--width", 1400, 200, 20000);
        double height = number(o, "--height", 900, 200, 20000);
        double scale = number(o, "--scale", 1, 0.25, 8);
        String theme = o.single("--theme") == null ? "light" : o.single("--theme");
        if (!List.of("light", "dark", "presentation").contains(theme)) {
            throw new UsageException("--theme takes light, dark or presentation, not " + theme);
        }
        Scenario scenario;
        AnalysisResult result;
        PictureInput input;
        Viewport viewport;
        if (o.single("--lesson") != null) {
            LessonStepRender lessonStep = LessonStepRender.of(o);
            scenario = lessonStep.scenario();
            result = ScenarioAnalysis.analyze(scenario);
            input = lessonStep.input();
            viewport = lessonStep.viewport();
        } else {
            if (o.single("--step") != null) {
                throw new UsageException("--step goes with --lesson NAME");
            }
            scenario = ScenarioInputs.assemble(o, err);
            List<DmaMap> maps = DmaMapPlanner.plan(scenario.guest());
            result = ScenarioAnalysis.analyze(scenario, ScenarioInputs.wording(o));
            input = ScenarioPicture.input(scenario, maps, result);
            viewport = Viewport.fitting(input);
        }
        Palette palette = Palette.load(theme);
        LayoutOptions options = LayoutOptions.export().withFolded(!o.flag("--linear")).withFontSize(palette.fontSize());
        Drawing drawing = PictureLayout.layout(input, viewport, width, height, options);
        Path file = Path.of(target);
        if (lower.endsWith(".svg")) {
            PictureExporter.writeSvg(drawing, palette, file);
        } else {
            PictureExporter.writePng(drawing, palette, file, scale);
        }
        err.println("wrote " + target);
        return result.hasErrors() ? Cli.FOUND_ERRORS : Cli.OK;
    }

    private static double number(Options o, String name, double fallback, double min, double max) throws UsageException {
        String v = o.single(name);
        if (v == null) {
            return fallback;
        }
        try {
            double d = Double.parseDouble(v);
            if (!(d >= min && d <= max)) {
                throw new UsageException(name + " must be between " + min + " and " + max + ", not " + v);
            }
            return d;
        } catch (NumberFormatException e) {
            throw new UsageException(name + " takes a number, not " + v);
        }
    }
}
