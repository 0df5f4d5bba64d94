package com.example.workbench.probe;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * A test's tool, installed into an unpacked Workbench product the way a plug-in is installed, and run in it instead
 * of the Workbench ({@code -application com.example.workbench.probe.report}): it writes what the Workbench's OSGi
 * runtime made of the installed plug-ins to the file {@code -Dprobe.report} names. One line per fact:
 * <ul>
 * <li>{@code bundle NAME VERSION STATE} for every bundle whose name starts with {@code com.example.};</li>
 * <li>for each contribution to the extension point {@code -Dprobe.point}: {@code contribution BUNDLE ATTR=VALUE...},
 * {@code icon-found true|false} for its {@code icon}, and, if it has a {@code page}, the page made as the Workbench
 * makes it ({@code createExecutableExtension}), {@code page BUNDLE CLASS implements INTERFACES}, its controls made on a
 * real display with a site that names node {@code node1} ({@code fields BUNDLE COUNT} text fields), and for each line
 * of {@code -Dprobe.inputs} (values for the page's text fields, in order, separated by tabs)
 * {@code input BUNDLE N problem=... config=...}; {@code changed BUNDLE true} if the page told its site of a
 * change.</li>
 * </ul>
 * It compiles against the product's own jars and names no Xenophilia type: the page's API is used by reflection, so
 * the probe runs in a product with or without the storage bundle.
 */
public final class ProbeApplication implements IApplication {

    private final List<String> report = new ArrayList<>();

    @Override
    public Object start(IApplicationContext context) throws Exception {
        try {
            for (Bundle b : FrameworkUtil.getBundle(getClass()).getBundleContext().getBundles()) {
                if (b.getSymbolicName() != null && b.getSymbolicName().startsWith("com.example.")) {
                    report.add("bundle " + b.getSymbolicName() + " " + b.getVersion() + " " + state(b.getState()));
                }
            }
            String point = System.getProperty("probe.point");
            if (point != null) {
                for (IConfigurationElement e : Platform.getExtensionRegistry().getConfigurationElementsFor(point)) {
                    contribution(e);
                }
            }
        } catch (Throwable t) {
            report.add("failed " + t);
            throw t;
        } finally {
            Files.write(Path.of(System.getProperty("probe.report")), report, StandardCharsets.UTF_8);
        }
        return IApplication.EXIT_OK;
    }

    private void contribution(IConfigurationElement e) throws Exception {
        StringBuilder line = new StringBuilder("contribution " + e.getContributor().getName());
        for (String name : e.getAttributeNames()) {
            line.append(' ').append(name).append('=').append(e.getAttribute(name));
        }
        report.add(line.toString());
        Bundle contributor = Platform.getBundle(e.getContributor().getName());
        if (e.getAttribute("icon") != null) {
            report.add("icon-found " + (contributor.getEntry(e.getAttribute("icon")) != null));
        }
        if (e.getAttribute("page") == null) {
            return;
        }
        Object page = e.createExecutableExtension("page");
        List<String> interfaces = new ArrayList<>();
        for (Class<?> c : page.getClass().getInterfaces()) {
            interfaces.add(c.getName());
        }
        report.add("page " + contributor.getSymbolicName() + " " + page.getClass().getName() + " implements "
                + String.join(",", interfaces));
        report.add("bundle-after-page " + contributor.getSymbolicName() + " " + state(contributor.getState()));
        exercise(page, contributor.getSymbolicName());
    }

    /** Makes the page's controls as the wizard does, types each input into its text fields, asks what it says. */
    private void exercise(Object page, String bundle) throws Exception {
        Class<?> api = page.getClass().getInterfaces()[0];
        Class<?> siteType = api.getClassLoader().loadClass(api.getPackageName() + ".StorageTypePageSite");
        int[] changed = {0};
        Object site = Proxy.newProxyInstance(siteType.getClassLoader(), new Class<?>[] {siteType},
                (proxy, method, args) -> switch (method.getName()) {
                    case "type" -> "reflink-pool";
                    case "nodeName" -> "node1";
                    case "storageType" -> Optional.empty();
                    case "changed" -> {
                        changed[0]++;
                        yield null;
                    }
                    case "toString" -> "probe site";
                    default -> null;
                });
        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        try {
            Composite parent = new Composite(shell, 0);
            api.getMethod("createControl", Composite.class, siteType).invoke(page, parent, site);
            List<Text> fields = new ArrayList<>();
            collect(parent, fields);
            report.add("fields " + bundle + " " + fields.size());
            Method problem = api.getMethod("problem");
            Method config = api.getMethod("deviceConfig");
            List<String> inputs = Files.readAllLines(Path.of(System.getProperty("probe.inputs")));
            for (int i = 0; i < inputs.size(); i++) {
                String[] values = inputs.get(i).split("\t", -1);
                for (int f = 0; f < fields.size(); f++) {
                    fields.get(f).setText(f < values.length ? values[f] : "");
                }
                report.add("input " + bundle + " " + i + " problem=" + problem.invoke(page) + " config="
                        + config.invoke(page));
            }
            report.add("changed " + bundle + " " + (changed[0] > 0));
        } finally {
            shell.dispose();
        }
    }

    private static void collect(Composite parent, List<Text> fields) {
        for (Control c : parent.getChildren()) {
            if (c instanceof Text t) {
                fields.add(t);
            } else if (c instanceof Composite nested) {
                collect(nested, fields);
            }
        }
    }

    private static String state(int state) {
        return switch (state) {
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.STOPPING -> "STOPPING";
            default -> "UNINSTALLED";
        };
    }

    @Override
    public void stop() {
        // runs to its end
    }
}
