package org.iommuatlas.format.host;

import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.SourceRef;

/**
 * One {@code <field name> : <value>} line of an {@code iasl -d} dump, with where its value starts
 * so that a bad value is reported at its column.
 *
 * @param prefixed    the line carried an offset prefix such as {@code [080h 0128 008h]}; lines
 *                    without one are iasl's decoded flag bits ({@code Remapping Permitted : 1})
 * @param valueColumn 1-based column of the value's first character
 */
record IaslField(String file, int line, String text, String name, String value, int valueColumn, boolean prefixed) {

    /** The value's leading hex digits (iasl prints hex without {@code 0x}) as an unsigned 64-bit number. */
    long hex() throws ParseException {
        LineCursor c = new LineCursor(file, line, text, valueColumn - 1);
        long v = c.hex("the value of '" + name + "'");
        int after = c.column();
        c.skipBlanks();
        if (!c.atEnd() && !c.rest().startsWith("[")) {
            throw c.errorAt(after, "expected a hex value for '" + name + "', found '" + value + "'");
        }
        return v;
    }

    ParseException error(String problem) {
        return new ParseException(file, line, valueColumn, problem);
    }

    SourceRef ref() {
        return new SourceRef(file, line);
    }
}
