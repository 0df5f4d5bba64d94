package org.xenophilia.image;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.xenophilia.image.catalog.Boot;
import org.xenophilia.image.catalog.CatalogPackage;
import org.xenophilia.image.catalog.Compression;
import org.xenophilia.image.catalog.Content;
import org.xenophilia.image.catalog.GuestType;
import org.xenophilia.image.catalog.Image;
import org.xenophilia.image.catalog.Template;

/**
 * The rules of one image: its urls, its sizes against each other and its content, and its template's boot against
 * its guest type and content. A setting that is absent (the schema reports it when it is required) or invalid is
 * left alone here.
 */
final class ImageRules {

    private static final CatalogPackage P = CatalogPackage.eINSTANCE;

    private ImageRules() {
    }

    static void check(Image image, RuleProblems problems) {
        checkUrls(image, problems);
        checkSizes(image, problems);
        if (image.getTemplate() != null) {
            checkBoot(image, image.getTemplate(), problems);
            checkMemory(image, image.getTemplate(), problems);
        }
    }

    private static void checkUrls(Image image, RuleProblems problems) {
        List<String> urls = image.getUrls();
        for (int i = 0; i < urls.size(); i++) {
            String refusal = urls.get(i) == null ? null : ImageUrls.refusal(urls.get(i));
            if (refusal != null) {
                problems.add(CatalogRule.URL, image, P.getImage_Urls(), i, urls.get(i), "'" + urls.get(i) + "' "
                        + refusal);
            }
        }
    }

    private static void checkSizes(Image image, RuleProblems problems) {
        boolean sizes = usable(image, P.getImage_FileSize(), problems)
                && usable(image, P.getImage_ContentSize(), problems);
        Compression compression = image.isSetCompression() ? image.getCompression() : Compression.NONE;
        if (sizes && compression == Compression.NONE && image.getFileSize() != image.getContentSize()) {
            problems.add(CatalogRule.UNCOMPRESSED_SIZE, image, P.getImage_ContentSize(), -1, image.getContentSize(),
                    image.getContentSize() + " differs from fileSize " + image.getFileSize() + " of a file without "
                            + "compression: the file is its content");
        }
        Content content = image.isSetContent() ? image.getContent() : null;
        if (content == Content.DISK && usable(image, P.getImage_ContentSize(), problems)
                && usable(image, P.getImage_MinimumDisk(), problems)
                && image.getMinimumDisk() < image.getContentSize()) {
            problems.add(CatalogRule.MINIMUM_DISK, image, P.getImage_MinimumDisk(), -1, image.getMinimumDisk(),
                    image.getMinimumDisk() + " is below contentSize " + image.getContentSize() + ": the disk image "
                            + "does not fit a volume of that size");
        }
        if (content == Content.ROOTFS && image.isSetFilesystem()) {
            problems.add(CatalogRule.FILESYSTEM_ON_ROOTFS, image, P.getImage_Filesystem(), -1,
                    image.getFilesystem().getLiteral(), image.getFilesystem().getLiteral() + " is for disk images: "
                            + "a rootfs image always becomes ext4; remove filesystem");
        }
    }

    private static void checkBoot(Image image, Template template, RuleProblems problems) {
        if (!template.isSetBoot()) {
            return;
        }
        Boot boot = template.getBoot();
        if (boot == Boot.KERNEL && template.getKernel() == null) {
            problems.add(CatalogRule.KERNEL_REQUIRED, template, P.getTemplate_Kernel(), -1, null, "is missing: with "
                    + "boot kernel, name the kernel's path in the image (e.g. /boot/vmlinuz)");
        }
        if (boot != Boot.KERNEL) {
            if (template.getKernel() != null) {
                problems.add(CatalogRule.KERNEL_NOT_USED, template, P.getTemplate_Kernel(), -1, template.getKernel(),
                        template.getKernel() + " is not used with boot " + boot.getLiteral() + ": remove it or use "
                                + "boot kernel");
            }
            if (template.getRamdisk() != null) {
                problems.add(CatalogRule.KERNEL_NOT_USED, template, P.getTemplate_Ramdisk(), -1,
                        template.getRamdisk(), template.getRamdisk() + " is not used with boot " + boot.getLiteral()
                                + ": remove it or use boot kernel");
            }
        }
        GuestType type = image.isSetGuestType() ? image.getGuestType() : null;
        if (type == GuestType.HVM && boot != Boot.FIRMWARE) {
            problems.add(CatalogRule.BOOT_GUEST_TYPE, template, P.getTemplate_Boot(), -1, boot.getLiteral(),
                    boot.getLiteral() + " cannot boot an hvm guest: " + (boot == Boot.PYGRUB ? "pygrub"
                            : "boot kernel runs pygrub, which") + " boots PV and PVH guests only; use boot firmware "
                            + "(the disk's own bootloader) or guestType pvh");
        } else if (type != null && type != GuestType.HVM && boot == Boot.FIRMWARE) {
            problems.add(CatalogRule.BOOT_GUEST_TYPE, template, P.getTemplate_Boot(), -1, boot.getLiteral(),
                    "firmware boots hvm guests only, but guestType is " + type.getLiteral() + ": use boot pygrub or "
                            + "kernel");
        }
        if (boot == Boot.FIRMWARE && image.isSetContent() && image.getContent() == Content.ROOTFS) {
            problems.add(CatalogRule.FIRMWARE_NEEDS_DISK, template, P.getTemplate_Boot(), -1, boot.getLiteral(),
                    "firmware needs a disk image with its own bootloader, but content is rootfs");
        }
    }

    private static void checkMemory(Image image, Template template, RuleProblems problems) {
        if (usable(template, P.getTemplate_Memory(), problems) && usable(image, P.getImage_MinimumMemory(), problems)
                && template.getMemory() < image.getMinimumMemory()) {
            problems.add(CatalogRule.TEMPLATE_MEMORY, template, P.getTemplate_Memory(), -1, template.getMemory(),
                    template.getMemory() + " MiB is below the image's minimumMemory " + image.getMinimumMemory()
                            + " MiB");
        }
    }

    /** {@return whether a setting is there and valid by the schema: a rule may compare it with another} */
    private static boolean usable(EObject object, EStructuralFeature feature, RuleProblems problems) {
        return object.eIsSet(feature) && !problems.isInvalid(object, feature);
    }
}
