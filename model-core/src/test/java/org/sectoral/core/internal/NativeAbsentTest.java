package org.sectoral.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * JavaCPP and OpenBLAS are optional dependencies of model-core: a project that depends on
 * model-core alone has neither on its class path. Runs a 150-sector model (above
 * {@link Backend#NATIVE_MIN_ORDER}, so the native path would be chosen if it loaded) in a class
 * loader holding only model-core, its required dependencies (Guava, commons-math3) and the test
 * classes, and checks that it falls back to the pure-Java LU and computes x = L·f.
 */
class NativeAbsentTest {
  private static URL location(Class<?> c) {
    return c.getProtectionDomain().getCodeSource().getLocation();
  }

  private static String runIsolated(List<URL> extra) throws Exception {
    List<URL> urls = new ArrayList<>(List.of(
        location(Backend.class), // model-core classes
        location(PureJavaProbe.class), // model-core test classes
        location(com.google.common.base.Preconditions.class),
        location(com.google.common.util.concurrent.internal.InternalFutureFailureAccess.class),
        location(org.apache.commons.math3.linear.RealMatrix.class)));
    urls.addAll(extra);
    try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new),
        ClassLoader.getPlatformClassLoader())) {
      if (extra.isEmpty()) {
        assertThatThrownBy(() -> Class.forName("org.bytedeco.javacpp.Loader", false, loader))
            .isInstanceOf(ClassNotFoundException.class);
      }
      Class<?> probe = Class.forName(PureJavaProbe.class.getName(), true, loader);
      assertThat(probe.getClassLoader()).isSameAs(loader);
      return (String) probe.getMethod("run").invoke(null);
    }
  }

  @Test
  void theProbeSeesTheNativePathWhereItLoads() {
    // the control: in this build's own class path the natives are present
    String expected = org.sectoral.core.internal.nativeblas.NativeBlas.isAvailable() ? "NATIVE"
        : "JAVA";
    assertThat(PureJavaProbe.run()).startsWith(expected + " ");
  }

  @Test
  void withoutJavaCppOnTheClassPathTheJavaLuDoesTheWork() throws Exception {
    String[] result = runIsolated(List.of()).split(" ");
    assertThat(result[0]).isEqualTo("JAVA");
    assertThat(Double.parseDouble(result[1])).isLessThan(1e-9);
    assertThat(result[2]).isEqualTo("true");
  }

  @Test
  void withJavaCppClassesButNoNativeLibrariesTheJavaLuDoesTheWork() throws Exception {
    // the Java halves of org.bytedeco:javacpp and :openblas without their platform jars
    URL javacpp = location(org.bytedeco.javacpp.Loader.class);
    URL openblas = location(org.bytedeco.openblas.global.openblas.class);
    assertThat(javacpp.getPath()).doesNotContain("linux").endsWith(".jar");
    assertThat(openblas.getPath()).doesNotContain("linux").endsWith(".jar");
    String[] result = runIsolated(List.of(javacpp, openblas)).split(" ");
    assertThat(result[0]).isEqualTo("JAVA");
    assertThat(Double.parseDouble(result[1])).isLessThan(1e-9);
  }
}
