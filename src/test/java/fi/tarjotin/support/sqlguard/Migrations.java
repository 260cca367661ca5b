package fi.tarjotin.support.sqlguard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The project's Flyway scripts, read from the source tree in the order Flyway runs them. */
final class Migrations {

    /** The folder that holds db/migration and db/dev; the build runs the tests from the project folder. */
    static final Path ROOT = Path.of(System.getProperty("sqlguard.migrations", "src/main/resources/db"));

    /** One statement of one script. */
    record Statement(String file, int number, String sql) {
    }

    private Migrations() {
    }

    /** The versioned migrations (db/migration), oldest first. */
    static List<Path> versioned() {
        return files(ROOT.resolve("migration"));
    }

    /** Every script: the versioned migrations, then the repeatable dev data (db/dev). */
    static List<Path> all() {
        List<Path> all = new ArrayList<>(versioned());
        all.addAll(files(ROOT.resolve("dev")));
        return all;
    }

    /** The statements of these scripts, in order. */
    static List<Statement> statements(List<Path> scripts) {
        List<Statement> statements = new ArrayList<>();
        for (Path script : scripts) {
            List<String> sql = SqlTokens.statements(read(script));
            for (int i = 0; i < sql.size(); i++) {
                statements.add(new Statement(ROOT.relativize(script).toString(), i + 1, sql.get(i)));
            }
        }
        return statements;
    }

    private static List<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".sql"))
                    .sorted(Comparator.comparing(Migrations::version).thenComparing(Path::toString))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** V12__x.sql → 12, so that V10 runs after V9; repeatable scripts (R__) last. */
    private static long version(Path file) {
        String name = file.getFileName().toString();
        if (!name.startsWith("V")) {
            return Long.MAX_VALUE;
        }
        String digits = name.substring(1, name.indexOf("__") > 0 ? name.indexOf("__") : name.length()).split("[._]")[0];
        return digits.chars().allMatch(Character::isDigit) && !digits.isEmpty() ? Long.parseLong(digits) : Long.MAX_VALUE;
    }

    private static String read(Path script) {
        try {
            return Files.readString(script, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
