package org.xenophilia.model.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenResourceKind;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.xsd.ecore.XSDEcoreBuilder;
import org.eclipse.xsd.XSDDiagnostic;
import org.eclipse.xsd.XSDDiagnosticSeverity;
import org.eclipse.xsd.util.XSDResourceFactoryImpl;

/**
 * Generates the EMF models of the bundles headlessly, each from its schema: {@code model/NAME.xsd} →
 * {@code model/NAME.ecore} → {@code model/NAME.genmodel} → Java in {@code src-gen/}, the way the EMF XSD importer and
 * "Generate Model Code" of the IDE do, but on a plain classpath (no Eclipse, no OSGi). The models are
 * {@link GeneratedModel#ALL}: the domain definition of {@code org.xenophilia.model} and the network definition of
 * {@code org.xenophilia.network}.
 * <p>
 * Output is deterministic: "\n" line ends, UTF-8, no timestamps or machine paths, and a regeneration removes files
 * the new model no longer produces. Run it through {@code releng/regenerate-model.sh}.
 */
public final class ModelGenerator {

    /** The folder of generated Java sources, relative to the bundle. */
    public static final String SRC_GEN = "src-gen";

    private static boolean generatorRegistered;

    private ModelGenerator() {
    }

    /**
     * Regenerates every model of {@link GeneratedModel#ALL} in place.
     *
     * @param args one argument: the repository's root directory
     * @throws Exception when a schema is invalid or generation fails
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ModelGenerator <repository root>");
        }
        Path repository = Path.of(args[0]).toAbsolutePath().normalize();
        for (GeneratedModel model : GeneratedModel.ALL) {
            Path bundle = model.bundleIn(repository);
            Path fresh = Files.createTempDirectory("xenophilia-model-gen");
            try {
                generate(model, bundle.resolve(model.xsd()), fresh);
                List<String> changes = install(model, fresh, bundle);
                System.out.println("Regenerated " + model.project() + " from " + model.xsd() + ": "
                        + (changes.isEmpty() ? "no changes" : changes.size() + " file(s) changed"));
                changes.forEach(change -> System.out.println("  " + change));
            } finally {
                deleteRecursively(fresh);
            }
        }
    }

    /**
     * Generates a model's Ecore model, GenModel and {@link #SRC_GEN} from a schema into an output directory laid out
     * like the bundle.
     *
     * @param model which model: its project, file names and prefix
     * @param xsd its schema (the bundle's, or an edited copy)
     * @param outputDir an empty (or not yet existing) directory
     * @throws IOException when a file cannot be written
     * @throws IllegalStateException when the schema or the generated model has errors
     */
    public static void generate(GeneratedModel model, Path xsd, Path outputDir) throws IOException {
        String oldSeparator = System.getProperty("line.separator");
        // The JET templates take the line delimiter from this property; pin it so output is the same on every OS.
        System.setProperty("line.separator", "\n");
        try {
            doGenerate(model, xsd.toAbsolutePath().normalize(), outputDir.toAbsolutePath().normalize());
        } finally {
            System.setProperty("line.separator", oldSeparator);
        }
        normalizeLineEnds(outputDir);
    }

    private static void doGenerate(GeneratedModel model, Path xsd, Path out) throws IOException {
        if (!Files.isRegularFile(xsd)) {
            throw new IOException("schema not found: " + xsd);
        }
        Path scratch = out.resolve(".scratch");
        Files.createDirectories(out.resolve("model"));
        Files.createDirectories(out.resolve(SRC_GEN));
        Files.createDirectories(scratch);

        ResourceSet resourceSet = newResourceSet(model.project(), out, scratch);

        // 1. XSD -> Ecore
        XSDEcoreBuilder builder = new XSDEcoreBuilder();
        builder.setValidate(true);
        Collection<EObject> built = builder.generate(URI.createFileURI(xsd.toString()));
        List<String> schemaErrors = new ArrayList<>();
        if (builder.getDiagnostics() != null) {
            for (XSDDiagnostic diagnostic : builder.getDiagnostics()) {
                XSDDiagnosticSeverity severity = diagnostic.getSeverity();
                if (severity == XSDDiagnosticSeverity.FATAL_LITERAL
                        || severity == XSDDiagnosticSeverity.ERROR_LITERAL) {
                    schemaErrors.add(describe(diagnostic));
                } else {
                    System.err.println("schema " + severity + ": " + describe(diagnostic));
                }
            }
        }
        if (!schemaErrors.isEmpty()) {
            throw new IllegalStateException("invalid schema " + xsd + ":\n  " + String.join("\n  ", schemaErrors));
        }
        List<EPackage> packages = new ArrayList<>();
        for (EObject object : built) {
            if (object instanceof EPackage ePackage) {
                packages.add(ePackage);
            }
        }
        if (packages.size() != 1) {
            throw new IllegalStateException("expected one EPackage from " + xsd + ", got " + packages.size());
        }
        EPackage ePackage = packages.get(0);
        // ecore:package="org.xenophilia.domain" gives a qualified name; split it into base package and name as the
        // IDE's XSD importer does.
        String qualified = ePackage.getName();
        String basePackage = qualified.substring(0, qualified.lastIndexOf('.'));
        ePackage.setName(qualified.substring(qualified.lastIndexOf('.') + 1));
        normalizeDocumentation(ePackage);

        URI modelFolder = URI.createPlatformResourceURI("/" + model.project() + "/model", false);
        Resource ecoreResource = resourceSet.createResource(modelFolder.appendSegment(model.name() + ".ecore"));
        ecoreResource.getContents().add(ePackage);

        // 2. Ecore -> GenModel
        Resource genModelResource = resourceSet.createResource(modelFolder.appendSegment(model.name() + ".genmodel"));
        GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
        genModelResource.getContents().add(genModel);
        genModel.initialize(List.of(ePackage));
        genModel.setModelName(model.prefix());
        genModel.setModelPluginID(model.project());
        genModel.setModelDirectory("/" + model.project() + "/" + SRC_GEN);
        genModel.setComplianceLevel(GenJDKLevel.JDK170_LITERAL);
        genModel.setImporterID("org.eclipse.xsd.ecore.importer");
        genModel.getForeignModel().add(model.name() + ".xsd");
        genModel.setCopyrightText("Generated from " + model.xsd() + " by releng/regenerate-model.sh.\n"
                + "Do not edit: change the schema and regenerate.");
        genModel.setLineDelimiter("\n");
        genModel.setCanGenerate(true);
        genModel.setCodeFormatting(false);
        genModel.setUpdateClasspath(false);
        genModel.setBundleManifest(false);
        genModel.setNonNLSMarkers(false);
        // Keep the schema documentation in the runtime package: problem messages and the UI read it from there.
        genModel.setSuppressGenModelAnnotations(false);
        genModel.getUsedGenPackages().add(usedGenPackage(resourceSet, "XMLType.genmodel"));
        genModel.getUsedGenPackages().add(usedGenPackage(resourceSet, "Ecore.genmodel"));
        for (GenPackage genPackage : genModel.getGenPackages()) {
            genPackage.setBasePackage(basePackage);
            genPackage.setPrefix(model.prefix());
            genPackage.setResource(GenResourceKind.XML_LITERAL);
        }
        genModel.reconcile();
        Diagnostic genModelDiagnostic = genModel.diagnose();
        if (genModelDiagnostic.getSeverity() >= Diagnostic.ERROR) {
            throw new IllegalStateException("invalid genmodel: " + flatten(genModelDiagnostic));
        }

        Map<Object, Object> saveOptions = new HashMap<>();
        saveOptions.put(XMLResource.OPTION_ENCODING, StandardCharsets.UTF_8.name());
        saveOptions.put(XMLResource.OPTION_LINE_DELIMITER, "\n");
        ecoreResource.save(saveOptions);
        genModelResource.save(saveOptions);

        // 3. GenModel -> Java
        registerGenerator();
        Generator generator = new Generator();
        generator.getOptions().resourceSet = resourceSet;
        generator.setInput(genModel);
        Diagnostic generated = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                new BasicMonitor());
        if (generated.getSeverity() >= Diagnostic.ERROR) {
            throw new IllegalStateException("code generation failed: " + flatten(generated));
        }
        // plugin.xml, plugin.properties, build.properties of the "project" landed here; the bundle has its own.
        deleteRecursively(scratch);
    }

    /**
     * Turns the indented multi-line xs:documentation text into one paragraph, so the Ecore model and the Javadoc
     * read cleanly and do not depend on how the schema is indented.
     */
    private static void normalizeDocumentation(EPackage ePackage) {
        for (Iterator<EObject> contents = ePackage.eAllContents(); contents.hasNext();) {
            normalizeDocumentation(contents.next());
        }
        normalizeDocumentation((EObject) ePackage);
    }

    private static void normalizeDocumentation(EObject object) {
        if (object instanceof EModelElement element) {
            EAnnotation annotation = element.getEAnnotation(GenModelPackage.eNS_URI);
            if (annotation != null && annotation.getDetails().containsKey("documentation")) {
                String text = annotation.getDetails().get("documentation");
                annotation.getDetails().put("documentation", text.strip().replaceAll("\\s+", " "));
            }
        }
    }

    private static ResourceSet newResourceSet(String project, Path out, Path scratch) {
        ResourceSet resourceSet = new ResourceSetImpl();
        Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
        factories.put("ecore", new EcoreResourceFactoryImpl());
        factories.put("genmodel", new EcoreResourceFactoryImpl());
        factories.put("xsd", new XSDResourceFactoryImpl());
        GenModelPackage.eINSTANCE.eClass();

        Map<URI, URI> uriMap = resourceSet.getURIConverter().getURIMap();
        // Longest prefix wins: model and src-gen go to the output, anything else the generator writes to scratch.
        uriMap.put(URI.createURI("platform:/resource/" + project + "/"), folderUri(scratch));
        uriMap.put(URI.createURI("platform:/resource/" + project + "/model/"), folderUri(out.resolve("model")));
        uriMap.put(URI.createURI("platform:/resource/" + project + "/" + SRC_GEN + "/"),
                folderUri(out.resolve(SRC_GEN)));
        uriMap.put(URI.createURI("platform:/plugin/org.eclipse.emf.ecore/"), ecoreJarUri());
        return resourceSet;
    }

    private static URI folderUri(Path folder) {
        return URI.createFileURI(folder.toString() + "/");
    }

    /** The org.eclipse.emf.ecore jar as an archive URI, where XMLType.genmodel and Ecore.genmodel live. */
    private static URI ecoreJarUri() {
        try {
            java.net.URL location = EcorePackage.class.getProtectionDomain().getCodeSource().getLocation();
            Path path = Path.of(location.toURI());
            if (Files.isDirectory(path)) {
                return folderUri(path);
            }
            return URI.createURI("archive:" + path.toUri() + "!/");
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the org.eclipse.emf.ecore jar", e);
        }
    }

    private static GenPackage usedGenPackage(ResourceSet resourceSet, String genModelFile) {
        URI uri = URI.createURI("platform:/plugin/org.eclipse.emf.ecore/model/" + genModelFile);
        Resource resource = resourceSet.getResource(uri, true);
        GenModel used = (GenModel) resource.getContents().get(0);
        return used.getGenPackages().get(0);
    }

    private static synchronized void registerGenerator() {
        if (!generatorRegistered) {
            GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                    GenModelGeneratorAdapterFactory.DESCRIPTOR);
            generatorRegistered = true;
        }
    }

    private static String describe(XSDDiagnostic diagnostic) {
        return "line " + diagnostic.getLine() + ":" + diagnostic.getColumn() + ": " + diagnostic.getMessage();
    }

    private static String flatten(Diagnostic diagnostic) {
        StringBuilder text = new StringBuilder(String.valueOf(diagnostic.getMessage()));
        for (Diagnostic child : diagnostic.getChildren()) {
            text.append("\n  ").append(flatten(child).replace("\n", "\n  "));
        }
        return text.toString();
    }

    /**
     * Replaces the generated files of a bundle with freshly generated ones: the Ecore model, the GenModel and the
     * whole {@code src-gen} tree (files the new model no longer produces are deleted). Unchanged files are not
     * touched.
     *
     * @param model the model generated
     * @param fresh output of {@link #generate(GeneratedModel, Path, Path)}
     * @param bundle the bundle directory
     * @return one line per added, changed or deleted file
     * @throws IOException when a file cannot be written
     */
    public static List<String> install(GeneratedModel model, Path fresh, Path bundle) throws IOException {
        List<String> changes = new ArrayList<>();
        for (GeneratedFiles.Difference difference : GeneratedFiles.compare(model, bundle, fresh)) {
            Path target = bundle.resolve(difference.path());
            switch (difference.kind()) {
                case MISSING, DIFFERENT -> {
                    Files.createDirectories(target.getParent());
                    Files.copy(fresh.resolve(difference.path()), target, StandardCopyOption.REPLACE_EXISTING);
                    changes.add((difference.kind() == GeneratedFiles.Kind.MISSING ? "added   " : "updated ")
                            + difference.path());
                }
                case EXTRA -> {
                    Files.delete(target);
                    changes.add("deleted " + difference.path());
                }
                default -> throw new IllegalStateException(difference.kind().toString());
            }
        }
        deleteEmptyFolders(bundle.resolve(SRC_GEN));
        return changes;
    }

    private static void normalizeLineEnds(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                byte[] bytes = Files.readAllBytes(file);
                String text = new String(bytes, StandardCharsets.UTF_8);
                if (text.indexOf('\r') >= 0) {
                    Files.writeString(file, text.replace("\r\n", "\n").replace('\r', '\n'), StandardCharsets.UTF_8);
                }
            }
        }
    }

    private static void deleteEmptyFolders(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            List<Path> folders = paths.filter(Files::isDirectory).sorted(Comparator.reverseOrder()).toList();
            for (Path folder : folders) {
                try (Stream<Path> entries = Files.list(folder)) {
                    if (!folder.equals(root) && entries.findAny().isEmpty()) {
                        Files.delete(folder);
                    }
                }
            }
        }
    }

    static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
