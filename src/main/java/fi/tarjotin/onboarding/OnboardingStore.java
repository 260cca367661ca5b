package fi.tarjotin.onboarding;

import fi.tarjotin.common.SqlParameters;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The agreement, web site origins and named coordinators of municipalities' onboardings. */
@Singleton
class OnboardingStore {

    private final JdbcOperations jdbc;

    OnboardingStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    Optional<OnboardingView.Agreement> agreement(String code) {
        return jdbc.execute(c -> {
            try (var s = c.prepareStatement("SELECT start_date, end_date, coaching_target_per_year "
                    + "FROM municipality_agreement WHERE municipality_code = " + SqlParameters.VARCHAR)) {
                s.setString(1, code);
                try (var r = s.executeQuery()) {
                    if (!r.next()) {
                        return Optional.empty();
                    }
                    int target = r.getInt(3);
                    return Optional.of(new OnboardingView.Agreement(r.getDate(1).toLocalDate(),
                            r.getDate(2).toLocalDate(), r.wasNull() ? null : target));
                }
            }
        });
    }

    /** Stores the agreement; true where it is new or differs from the stored one. */
    boolean saveAgreement(String code, OnboardingView.Agreement agreement, Instant now) {
        Optional<OnboardingView.Agreement> current = agreement(code);
        if (current.isPresent() && current.get().equals(agreement)) {
            return false;
        }
        String sql = current.isPresent()
                ? "UPDATE municipality_agreement SET start_date = ?, end_date = ?, coaching_target_per_year = ?, "
                  + "updated_at = ? WHERE municipality_code = " + SqlParameters.VARCHAR
                : "INSERT INTO municipality_agreement (start_date, end_date, coaching_target_per_year, updated_at, "
                  + "municipality_code, created_at) VALUES (?, ?, ?, ?, ?, ?)";
        jdbc.execute(c -> {
            try (var s = c.prepareStatement(sql)) {
                s.setDate(1, Date.valueOf(agreement.startDate()));
                s.setDate(2, Date.valueOf(agreement.endDate()));
                s.setObject(3, agreement.coachingTargetPerYear());
                s.setTimestamp(4, Timestamp.from(now));
                s.setString(5, code);
                if (current.isEmpty()) {
                    s.setTimestamp(6, Timestamp.from(now));
                }
                return s.executeUpdate();
            }
        });
        return true;
    }

    List<String> origins(String code) {
        return strings("SELECT origin FROM municipality_website_origin WHERE municipality_code = "
                + SqlParameters.VARCHAR + " ORDER BY origin", code);
    }

    /** Makes the stored origins exactly these; true where anything changed. */
    boolean replaceOrigins(String code, Set<String> wanted, Instant now) {
        Set<String> current = new LinkedHashSet<>(origins(code));
        if (current.equals(wanted)) {
            return false;
        }
        for (String gone : current) {
            if (!wanted.contains(gone)) {
                update("DELETE FROM municipality_website_origin WHERE municipality_code = " + SqlParameters.VARCHAR
                        + " AND origin = ?", code, gone);
            }
        }
        for (String added : wanted) {
            if (!current.contains(added)) {
                update("INSERT INTO municipality_website_origin (municipality_code, origin, created_at) VALUES (?, ?, ?)",
                        code, added, Timestamp.from(now));
            }
        }
        return true;
    }

    List<OnboardingView.Coordinator> coordinators(String code) {
        return jdbc.execute(c -> {
            List<OnboardingView.Coordinator> found = new ArrayList<>();
            try (var s = c.prepareStatement("SELECT seq, email, display_name FROM onboarding_coordinator "
                    + "WHERE municipality_code = " + SqlParameters.VARCHAR + " ORDER BY seq")) {
                s.setString(1, code);
                try (var r = s.executeQuery()) {
                    while (r.next()) {
                        String email = r.getString(2);
                        found.add(new OnboardingView.Coordinator(r.getInt(1), email == null || email.isEmpty() ? null
                                : email, r.getString(3)));
                    }
                }
            }
            return found;
        });
    }

    Optional<OnboardingView.Coordinator> coordinator(String code, int number) {
        return coordinators(code).stream().filter(p -> p.number() == number).findFirst();
    }

    /**
     * Adds the coordinators not named before (by e-mail address, case-insensitively), numbering them after
     * those already there; returns the numbers of the added ones.
     */
    List<Integer> addCoordinators(String code, List<OnboardingRequest.Person> people, Instant now) {
        List<OnboardingView.Coordinator> current = coordinators(code);
        int next = current.stream().mapToInt(OnboardingView.Coordinator::number).max().orElse(0) + 1;
        List<Integer> added = new ArrayList<>();
        for (OnboardingRequest.Person person : people) {
            String key = key(person.email());
            if (current.stream().anyMatch(c -> key(c.email()).equals(key))) {
                continue;
            }
            update("INSERT INTO onboarding_coordinator (municipality_code, seq, email, email_key, display_name, "
                    + "created_at) VALUES (?, ?, ?, ?, ?, ?)", code, next, person.email(), key, person.displayName(),
                    Timestamp.from(now));
            added.add(next++);
        }
        return added;
    }

    static String key(@Nullable String email) {
        return Objects.requireNonNullElse(email, "").strip().toLowerCase(Locale.ROOT);
    }

    private List<String> strings(String sql, String parameter) {
        return jdbc.execute(c -> {
            List<String> values = new ArrayList<>();
            try (var s = c.prepareStatement(sql)) {
                s.setString(1, parameter);
                try (var r = s.executeQuery()) {
                    while (r.next()) {
                        values.add(r.getString(1));
                    }
                }
            }
            return values;
        });
    }

    private void update(String sql, Object... parameters) {
        jdbc.execute(c -> {
            try (var s = c.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    s.setObject(i + 1, parameters[i]);
                }
                return s.executeUpdate();
            }
        });
    }
}
