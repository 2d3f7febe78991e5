package org.iommuatlas.ui.panels;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.iommuatlas.model.Address;
import org.iommuatlas.model.RamBank;
import org.iommuatlas.model.Sizes;

/** Types a bank's base and size ("0x40000000", "4G"); OK stays disabled until both parse. */
public final class BankEditDialog extends Dialog<RamBank> {
    public BankEditDialog(String heading, RamBank bank) {
        setTitle(heading);
        setHeaderText(heading + ": " + bank.id() + " (" + bank.memoryRegion() + ")");
        TextField base = new TextField(Address.hex(bank.start()));
        base.setId("bank-base");
        TextField size = new TextField(Sizes.exact(bank.size()).replace(" ", "").replace("iB", ""));
        size.setId("bank-size");
        Label problem = new Label();
        problem.setId("bank-problem");
        problem.setWrapText(true);
        problem.setStyle("-fx-text-fill: -atlas-conflict;");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Base (hex or 1G):"), base);
        grid.addRow(1, new Label("Size (4G, 3054M, 0x...):"), size);
        grid.add(problem, 0, 2, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Runnable validate = () -> {
            try {
                BankFields.apply(bank, base.getText(), size.getText());
                problem.setText("");
                getDialogPane().lookupButton(ButtonType.OK).setDisable(false);
            } catch (IllegalArgumentException e) {
                problem.setText(e.getMessage());
                getDialogPane().lookupButton(ButtonType.OK).setDisable(true);
            }
        };
        base.textProperty().addListener((o, a, b) -> validate.run());
        size.textProperty().addListener((o, a, b) -> validate.run());
        validate.run();
        setResultConverter(button -> button == ButtonType.OK ? BankFields.apply(bank, base.getText(), size.getText()) : null);
    }
}
