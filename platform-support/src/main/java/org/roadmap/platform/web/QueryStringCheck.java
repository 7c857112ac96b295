package org.roadmap.platform.web;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a query string that no parameter binding can read, with a 400 problem naming every piece
 * at fault, before Tomcat, the firewall or a MongoDB query meets it: a parameter without a name
 * ({@code ?=false}), a percent-encoding that is not one or not UTF-8 ({@code %FF}, {@code %E3%81}),
 * and NUL or other control characters in a name or a value ({@code q=%00}, {@code %01=1}). Left
 * to them, each of these used to end as a 500.
 */
final class QueryStringCheck extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<Map<String, String>> errors = errors(request.getQueryString());
        if (errors.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Problems.write(request, response, HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
                "The query string has parameters no client could have meant; correct them and send the request again.",
                Map.of("errors", errors));
    }

    /** Each piece at fault as {@code {"field": name, "message": why}}; the field is {@code query} when there is no name to give. */
    static List<Map<String, String>> errors(String query) {
        List<Map<String, String>> errors = new ArrayList<>();
        if (query == null || query.isEmpty()) {
            return errors;
        }
        for (String piece : query.split("&")) {
            if (piece.isEmpty()) {
                continue; // "a&&b": nothing was sent between the separators
            }
            int equals = piece.indexOf('=');
            String rawName = equals < 0 ? piece : piece.substring(0, equals);
            String rawValue = equals < 0 ? "" : piece.substring(equals + 1);
            String name = decode(rawName);
            String value = decode(rawValue);
            String field = name == null || name.isEmpty() || hasControl(name) ? "query" : name;
            if (rawName.isEmpty()) {
                errors.add(error(field, "has a parameter without a name (\"" + shown(piece) + "\")"));
            } else if (name == null) {
                errors.add(error(field, "has a parameter name that is not UTF-8 percent-encoded text"));
            } else if (hasControl(name)) {
                errors.add(error(field, "has a parameter name with a control character"));
            } else if (value == null) {
                errors.add(error(field, "must be UTF-8 percent-encoded text"));
            } else if (hasControl(value)) {
                errors.add(error(field, "must not contain NUL or other control characters"));
            }
        }
        return errors;
    }

    private static Map<String, String> error(String field, String message) {
        return Map.of("field", field, "message", message);
    }

    /** Percent-decoded UTF-8 ({@code +} is a space), or {@code null} when it is not that. */
    private static String decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0
                        || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    return null;
                }
                bytes.write(Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16));
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else {
                byte[] encoded = String.valueOf(c).getBytes(UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        try {
            return UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean hasControl(String text) {
        return text.chars().anyMatch(c -> c < 0x20 || c == 0x7F);
    }

    /** The piece as sent, short and printable, so the problem shows what was wrong without echoing much. */
    private static String shown(String piece) {
        String printable = piece.replaceAll("[^\\x21-\\x7E]", "?");
        return printable.length() > 40 ? printable.substring(0, 40) + "…" : printable;
    }
}
