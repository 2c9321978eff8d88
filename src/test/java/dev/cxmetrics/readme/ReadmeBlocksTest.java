package dev.cxmetrics.readme;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every code block marked in the README tests appears in README.md exactly as it is tested. */
class ReadmeBlocksTest {
    private static final Pattern BLOCK = Pattern.compile(
            "// README-BEGIN ([\\w-]+)\\n(.*?)\\n\\s*// README-END \\1\\n", Pattern.DOTALL);

    @Test
    void readmeShowsTheTestedCode() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int blocks = 0;
        try (Stream<Path> files = Files.list(Path.of("src/test/java/dev/cxmetrics/readme"))) {
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                Matcher m = BLOCK.matcher(Files.readString(file));
                while (m.find()) {
                    String code = m.group(2).replaceAll("(?m)^ {8}", "").stripTrailing();
                    assertThat(readme).as("block %s of %s", m.group(1), file.getFileName())
                            .contains("```java\n" + code + "\n```");
                    blocks++;
                }
            }
        }
        assertThat(blocks).isGreaterThanOrEqualTo(2);
    }
}
