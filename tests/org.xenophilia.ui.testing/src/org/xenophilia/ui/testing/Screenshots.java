package org.xenophilia.ui.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Saves what a shell shows as a PNG under the test project's {@code target/screenshots}, for people to look at. */
public final class Screenshots {

    private Screenshots() {
    }

    public static Path save(Shell shell, String name) throws IOException {
        Path dir = Path.of(System.getProperty("xenophilia.testdata", "testdata")).resolveSibling("target")
                .resolve("screenshots");
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png");
        settle(shell.getDisplay());
        Rectangle bounds = shell.getBounds();
        Image image = new Image(shell.getDisplay(), bounds.width, bounds.height);
        GC gc = new GC(shell.getDisplay());
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
        return file;
    }

    /**
     * Lets the X server catch up: GTK paints asynchronously, and a capture taken right after the last change shows
     * the screen of a moment before.
     */
    private static void settle(Display display) {
        long until = System.nanoTime() + 500_000_000L;
        while (System.nanoTime() < until) {
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
    }
}
