package org.iommuatlas.ui;

import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.MultipleSelectionModel;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.skin.ButtonSkin;
import javafx.scene.control.skin.MenuBarSkin;
import javafx.scene.control.skin.MenuButtonSkin;
import javafx.scene.control.skin.ScrollBarSkin;
import javafx.scene.control.skin.ScrollPaneSkin;
import javafx.scene.control.skin.SplitPaneSkin;
import javafx.scene.control.skin.TextFieldSkin;
import javafx.scene.control.skin.TreeCellSkin;
import javafx.scene.control.skin.TreeViewSkin;
import javafx.scene.control.skin.VirtualFlow;

import java.util.List;

/**
 * Loads and initialises, on a second thread, the classes of the controls the main window is made
 * of and of their skins (issue #4, start-up benchmark). WHY: before its first frame the FX thread
 * spends a large share of its time loading these classes one by one as it builds the window and
 * styles it, while the second core has little to do once the engine is ready; class loading is
 * thread-safe, and a class the FX thread asks for while this thread loads it is simply waited for.
 * Only public JavaFX classes are named, and their static initialisers touch no window or FX-thread
 * state. Creates no control and changes nothing the window shows.
 */
final class ControlClassPreload {
    private ControlClassPreload() {
    }

    /** The window's controls and skins, roughly in the order the FX thread first needs them. */
    static List<Class<?>> classes() {
        return List.of(MenuBar.class, Menu.class, MenuItem.class, CheckMenuItem.class, RadioMenuItem.class,
                SeparatorMenuItem.class, ToggleGroup.class, TextField.class, Button.class, TreeView.class,
                TreeItem.class, TreeCell.class, IndexedCell.class, MultipleSelectionModel.class, ScrollPane.class,
                ScrollBar.class, SplitPane.class, MenuButton.class, ContextMenu.class,
                MenuBarSkin.class, MenuButtonSkin.class, TextFieldSkin.class, ButtonSkin.class, SplitPaneSkin.class,
                ScrollPaneSkin.class, ScrollBarSkin.class, TreeViewSkin.class, VirtualFlow.class, TreeCellSkin.class);
    }

    /** Starts the loading on a daemon thread; call after the toolkit and its stylesheet are set up. */
    static void start() {
        Thread loader = new Thread(ControlClassPreload::loadAll, "atlas-control-classes");
        loader.setDaemon(true);
        loader.start();
    }

    static void loadAll() {
        for (Class<?> c : classes()) {
            try {
                Class.forName(c.getName(), true, c.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                return; // nothing is lost: the FX thread loads what it needs as before
            }
        }
    }
}
