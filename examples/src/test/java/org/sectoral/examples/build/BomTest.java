package org.sectoral.examples.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The bill of materials pins every deployed module of the reactor, at the parent's version. The
 * BOM has no parent (so importing it brings no build configuration), which is why this is kept
 * by a test rather than by Maven.
 */
class BomTest {
  private static final Path ROOT = Path.of("..");
  private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
  private static final Pattern ARTIFACT = Pattern.compile("<artifactId>([^<]+)</artifactId>");

  @Test
  void pinsEveryDeployedModuleOfTheReactor() throws IOException {
    String parent = Files.readString(ROOT.resolve("pom.xml"));
    String bom = Files.readString(ROOT.resolve("bom/pom.xml"));
    List<String> deployed = new ArrayList<>();
    for (String module : all(MODULE, parent)) {
      String pom = Files.readString(ROOT.resolve(module).resolve("pom.xml"));
      if (!module.equals("bom") && !pom.contains("<maven.deploy.skip>true</maven.deploy.skip>")) {
        deployed.add(ownArtifactId(pom));
      }
    }
    assertThat(deployed).contains("model-core", "model-io", "sectoral-cli");
    String managed = bom.substring(bom.indexOf("\n  <dependencyManagement>"),
        bom.indexOf("</dependencyManagement>"));
    assertThat(all(ARTIFACT, managed)).containsExactlyInAnyOrderElementsOf(deployed);
  }

  @Test
  void hasTheParentsVersion() throws IOException {
    String parent = Files.readString(ROOT.resolve("pom.xml"));
    String bom = Files.readString(ROOT.resolve("bom/pom.xml"));
    assertThat(ownVersion(bom)).isEqualTo(ownVersion(parent)).isNotBlank();
  }

  /** The project's own artifactId: the first one after the parent block. */
  private static String ownArtifactId(String pom) {
    int from = pom.contains("</parent>") ? pom.indexOf("</parent>") : 0;
    Matcher m = ARTIFACT.matcher(pom);
    assertThat(m.find(from)).isTrue();
    return m.group(1);
  }

  private static String ownVersion(String pom) {
    int from = pom.contains("</parent>") ? pom.indexOf("</parent>") : pom.indexOf("<artifactId>");
    Matcher m = Pattern.compile("<version>([^<]+)</version>").matcher(pom);
    assertThat(m.find(from)).isTrue();
    return m.group(1);
  }

  private static List<String> all(Pattern p, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.add(m.group(1).trim());
    }
    return out;
  }
}
