package org.openipt.groups;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openipt.measures.InstrumentDefinition;

/**
 * A screening sheet uploaded as CSV: a header line, then one person a line — name, site, sex (F, M or O, or the
 * words), age in years, then the score (0, 1, 2 …) of each of the questionnaire's items in order; an empty score is
 * an unanswered item. Fields may be quoted ("Achieng, Grace"). Every line is read and checked before anything is
 * saved, so the person uploading sees each line's problems first. Pure.
 */
public final class ScreeningSheet {

    public static final int MOST_LINES = 500;
    static final int FIXED_COLUMNS = 4;

    /** One line of the sheet: its number in the file, what it says, and what is wrong with it. */
    public record Line(int number, @Nullable String name, @Nullable String site, @Nullable Sex sex,
            @Nullable Integer age, Map<String, String> answers, List<String> problems) {

        public boolean sound() {
            return problems.isEmpty();
        }

        public ScreeningEntry entry(java.util.UUID submissionKey) {
            return new ScreeningEntry(submissionKey, name, site, sex, age, answers);
        }
    }

    /** The lines read, or the one problem that stops the file being read at all. */
    public record Read(List<Line> lines, @Nullable String fileProblem) {

        public long sound() {
            return lines.stream().filter(Line::sound).count();
        }
    }

    private ScreeningSheet() {
    }

    public static Read read(String csv, InstrumentDefinition instrument) {
        List<String> rows = csv.lines().filter(l -> !l.isBlank()).toList();
        if (rows.isEmpty()) {
            return new Read(List.of(), "screening.sheet.empty");
        }
        if (rows.size() - 1 > MOST_LINES) {
            return new Read(List.of(), "screening.sheet.tooLong");
        }
        int items = instrument.items().size();
        if (fields(rows.getFirst()).size() != FIXED_COLUMNS + items) {
            return new Read(List.of(), "screening.sheet.columns");
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            lines.add(line(i + 1, fields(rows.get(i)), instrument));
        }
        return new Read(lines, null);
    }

    private static Line line(int number, List<String> fields, InstrumentDefinition instrument) {
        List<String> problems = new ArrayList<>();
        int items = instrument.items().size();
        if (fields.size() != FIXED_COLUMNS + items) {
            return new Line(number, null, null, null, null, Map.of(), List.of("screening.sheet.lineColumns"));
        }
        String name = blankToNull(fields.get(0));
        String site = blankToNull(fields.get(1));
        Sex sex = null;
        String sexField = fields.get(2).strip().toUpperCase(Locale.ROOT);
        if (!sexField.isEmpty()) {
            sex = switch (sexField) {
                case "F", "FEMALE", "WOMAN", "MUJER" -> Sex.FEMALE;
                case "M", "MALE", "MAN", "HOMBRE" -> Sex.MALE;
                case "O", "OTHER", "OTRO" -> Sex.OTHER;
                default -> null;
            };
            if (sex == null) {
                problems.add("screening.sheet.sex");
            }
        }
        Integer age = null;
        String ageField = fields.get(3).strip();
        if (!ageField.isEmpty()) {
            try {
                age = Integer.valueOf(ageField);
            }
            catch (NumberFormatException notANumber) {
                problems.add("screening.age.invalid");
            }
        }
        problems.addAll(ScreeningRules.problemsWith(name, site, age));
        Map<String, String> answers = new LinkedHashMap<>();
        for (int i = 0; i < items; i++) {
            InstrumentDefinition.Item item = instrument.items().get(i);
            String value = fields.get(FIXED_COLUMNS + i).strip();
            if (value.isEmpty()) {
                continue;
            }
            var option = item.options().stream().filter(o -> o.score() != null
                    && String.valueOf(o.score()).equals(value)).findFirst();
            if (option.isEmpty()) {
                problems.add("screening.sheet.answer");
            }
            else {
                answers.put(item.linkId(), option.get().code().code());
            }
        }
        return new Line(number, name, site, sex, age, answers, problems.stream().distinct().toList());
    }

    /** The fields of one CSV line: commas separate, double quotes enclose, two double quotes are one. */
    static List<String> fields(String row) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < row.length(); i++) {
            char c = row.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < row.length() && row.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                }
                else if (c == '"') {
                    quoted = false;
                }
                else {
                    field.append(c);
                }
            }
            else if (c == '"') {
                quoted = true;
            }
            else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            }
            else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    private static @Nullable String blankToNull(String value) {
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
