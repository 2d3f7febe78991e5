package org.iommuatlas.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.UnaryOperator;

import org.iommuatlas.model.GuestLayout;
import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.RamBank;
import org.iommuatlas.model.Scenario;
import org.junit.jupiter.api.Test;

/** Each lesson's success check fails on the step's starting scenario and passes once solved. */
class LessonsTest {
    static LessonTask task(String lesson, int step) {
        return Lessons.find(lesson).orElseThrow().steps().get(step).task().orElseThrow();
    }

    static Scenario start(String lesson, int step) throws ParseException {
        return Lessons.find(lesson).orElseThrow().scenarioOf(step);
    }

    static Scenario editBank(Scenario s, String id, UnaryOperator<RamBank> edit) {
        GuestLayout g = s.guest();
        return s.withGuest(g.withBank(edit.apply(g.bank(id).orElseThrow())));
    }

    @Test
    void aarch64LessonMoveTaskPassesOnceTheWhole4GibBankIsAbove4Gib() throws Exception {
        LessonTask t = task("aarch64-on-x86", 2);
        Scenario s = start("aarch64-on-x86", 2);
        assertFalse(t.isDone(s));
        assertTrue(t.isDone(editBank(s, "ram", b -> b.movedTo(0x100000000L))));
        assertFalse(t.isDone(editBank(s, "ram", b -> b.resized(0xbee00000L))), "shrinking loses RAM");
    }

    @Test
    void aarch64LessonShrinkTaskPassesAt3054MibButNotOneMibMore() throws Exception {
        LessonTask t = task("aarch64-on-x86", 3);
        Scenario s = start("aarch64-on-x86", 3);
        assertFalse(t.isDone(s));
        assertTrue(t.isDone(editBank(s, "ram", b -> b.resized(0xbee00000L))));
        assertFalse(t.isDone(editBank(s, "ram", b -> b.resized(0xbef00000L))), "3055 MiB reaches 0xfee00000");
        assertFalse(t.isDone(editBank(s, "ram", b -> b.movedTo(0x100000000L))), "must stay at 0x40000000");
    }

    @Test
    void rmrrLessonPassesWhenRamMissesTheRmrrsAndTheDeviceStaysUnassignable() throws Exception {
        LessonTask t = task("rmrr-exclusion", 1);
        Scenario s = start("rmrr-exclusion", 1);
        assertFalse(t.isDone(s));
        assertTrue(t.isDone(editBank(s, "ram-below-4g", b -> b.movedTo(0x100000000L))));
        assertFalse(t.isDone(editBank(s, "ram-below-4g", b -> b.movedTo(0xd0000000L))),
                "0xd0000000 + 1 GiB still covers 0xd5f7e000");
    }

    @Test
    void rmrrLessonIsolationStepShowsTheSharedRangesSample() throws Exception {
        Lesson l = Lessons.find("rmrr-exclusion").orElseThrow();
        assertEquals("rmrr-shared-by-four-devices-not-isolated.json", l.sampleOf(2));
        assertEquals(List.of("0000:01:00.1"), l.scenarioOf(2).assignedDevices());
    }

    @Test
    void relaxableLessonPassesBelowTheGpuRmrrAt0x7b800000() throws Exception {
        LessonTask t = task("relaxable-rmrrs", 1);
        Scenario s = start("relaxable-rmrrs", 1);
        assertFalse(t.isDone(s));
        assertTrue(t.isDone(editBank(s, "ram-below-4g", b -> b.resized(0x7b800000L))));
        assertFalse(t.isDone(editBank(s, "ram-below-4g", b -> b.resized(0x7b801000L))), "one page into the RMRR");
    }

    @Test
    void amdLessonPassesOnTheMachineType71Sample() throws Exception {
        LessonTask t = task("amd-1tib-hole", 1);
        assertFalse(t.isDone(start("amd-1tib-hole", 1)));
        assertTrue(t.isDone(PackagedSamples.load("q35-1tib-amd-host-relocated-above-1tib.json")));
    }

    @Test
    void amdLessonPassesWhenTheLearnerDragsTheHighBankTo1Tib() throws Exception {
        LessonTask t = task("amd-1tib-hole", 1);
        Scenario s = start("amd-1tib-hole", 1);
        assertTrue(t.isDone(editBank(s, "ram-above-4g", b -> b.movedTo(0x10000000000L))));
        assertFalse(t.isDone(editBank(s, "ram-above-4g", b -> b.movedTo(0xff00000000L))), "still in the hole");
    }

    @Test
    void s390LessonPassesInsideTheDmaWindow() throws Exception {
        LessonTask t = task("s390-dma-window", 1);
        Scenario s = start("s390-dma-window", 1);
        assertFalse(t.isDone(s));
        assertTrue(t.isDone(editBank(s, "ram", b -> b.movedTo(0x100000000L))));
        assertFalse(t.isDone(editBank(s, "ram", b -> b.movedTo(0xfffff000L))), "one page below start_dma");
    }

    @Test
    void armLessonX86TaskPassesWithAtMost128MibOfLowRam() throws Exception {
        LessonTask t = task("arm-its-two-stage", 2);
        Scenario s = start("arm-its-two-stage", 2);
        assertEquals("arm-host-sw-msi-window-x86-guest-conflict.json",
                Lessons.find("arm-its-two-stage").orElseThrow().sampleOf(2));
        assertFalse(t.isDone(s));
        assertTrue(t.isDone(editBank(s, "ram-below-4g", b -> b.resized(0x8000000L))));
        assertFalse(t.isDone(editBank(s, "ram-below-4g", b -> b.resized(0x8001000L))));
    }

    @Test
    void everyLessonHasAUniqueNameAndLoadsEveryStep() throws Exception {
        List<String> names = Lessons.all().stream().map(Lesson::name).toList();
        assertEquals(names.size(), names.stream().distinct().count());
        assertEquals(List.of("aarch64-on-x86", "rmrr-exclusion", "relaxable-rmrrs", "amd-1tib-hole",
                "s390-dma-window", "arm-its-two-stage"), names);
        for (Lesson l : Lessons.all()) {
            for (int i = 0; i < l.steps().size(); i++) {
                assertTrue(l.scenarioOf(i).guest().banks().size() > 0, l.name() + " step " + i);
            }
        }
    }

    @Test
    void unknownSampleIsAParseExceptionNamingIt() {
        ParseException e = assertThrows(ParseException.class, () -> PackagedSamples.load("no-such.json"));
        assertTrue(e.getMessage().contains("samples/no-such.json"), e.getMessage());
    }
}
