package io.github.herenet.helium.examples;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A plain-text table with aligned columns: the first column is left-aligned (labels), the others are
 * right-aligned (numbers) unless {@link #leftAlign(int) left-aligned}. Headers may span several lines
 * (separated by {@code '\n'}), e.g. a quantity on the first line and its unit on the second; headers with
 * fewer lines are aligned at the bottom, so that the unit lines line up.
 */
final class TextTable {

    private static final String INDENT = "  ";
    private static final String GAP = "   ";

    private final List<String[]> headers = new ArrayList<>();
    private final List<String[]> rows = new ArrayList<>();
    private final boolean showHeaders;
    private final Set<Integer> leftAligned = new HashSet<>(Set.of(0));

    /**
     * Creates a table with the given column headers.
     *
     * @param columnHeaders one header per column; {@code '\n'} starts a new header line
     */
    TextTable(List<String> columnHeaders) {
        this(columnHeaders, true);
    }

    private TextTable(List<String> columnHeaders, boolean showHeaders) {
        for (String header : columnHeaders) {
            headers.add(header.split("\n", -1));
        }
        this.showHeaders = showHeaders;
    }

    /**
     * Creates a table without header lines, for rows that name their own quantity and unit.
     *
     * @param columns the number of columns
     * @return the table
     */
    static TextTable withoutHeaders(int columns) {
        return new TextTable(Collections.nCopies(columns, ""), false);
    }

    /**
     * Left-aligns a column (the first column always is), e.g. a column of unit symbols.
     *
     * @param column the column index, from 0
     * @return this table
     */
    TextTable leftAlign(int column) {
        leftAligned.add(column);
        return this;
    }

    /**
     * Adds a row.
     *
     * @param cells one cell per column
     * @return this table
     * @throws IllegalArgumentException if the number of cells differs from the number of columns
     */
    TextTable row(List<String> cells) {
        if (cells.size() != headers.size()) {
            throw new IllegalArgumentException(cells.size() + " cells for " + headers.size() + " columns");
        }
        rows.add(cells.toArray(String[]::new));
        return this;
    }

    /**
     * Prints the table, each line indented by two blanks, without trailing blanks: the headers, a rule of
     * dashes under them, and the rows.
     *
     * @param out where to print
     */
    void print(PrintWriter out) {
        int columns = headers.size();
        int[] width = new int[columns];
        int headerLines = 0;
        for (int c = 0; c < columns; c++) {
            for (String line : headers.get(c)) {
                width[c] = Math.max(width[c], line.length());
            }
            headerLines = Math.max(headerLines, headers.get(c).length);
        }
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                width[c] = Math.max(width[c], row[c].length());
            }
        }
        if (!showHeaders) {
            rows.forEach(row -> printLine(out, row, width, leftAligned));
            return;
        }
        for (int line = 0; line < headerLines; line++) {
            String[] cells = new String[columns];
            for (int c = 0; c < columns; c++) {
                String[] header = headers.get(c);
                int blankLinesAbove = headerLines - header.length; // shorter headers sit on the rule
                cells[c] = line < blankLinesAbove ? "" : header[line - blankLinesAbove];
            }
            printLine(out, cells, width, leftAligned);
        }
        String[] rule = new String[columns];
        for (int c = 0; c < columns; c++) {
            char[] dashes = new char[width[c]];
            Arrays.fill(dashes, '-');
            rule[c] = new String(dashes);
        }
        printLine(out, rule, width, leftAligned);
        for (String[] row : rows) {
            printLine(out, row, width, leftAligned);
        }
    }

    private static void printLine(PrintWriter out, String[] cells, int[] width, Set<Integer> left) {
        StringBuilder line = new StringBuilder(INDENT);
        for (int c = 0; c < cells.length; c++) {
            if (c > 0) {
                line.append(GAP);
            }
            String padding = " ".repeat(width[c] - cells[c].length());
            line.append(left.contains(c) ? cells[c] + padding : padding + cells[c]);
        }
        out.println(line.toString().stripTrailing());
    }
}
