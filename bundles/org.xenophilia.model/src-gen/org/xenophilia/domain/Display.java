/**
 * Generated from model/domain.xsd by releng/regenerate-model.sh.
 * Do not edit: change the schema and regenerate.
 */
package org.xenophilia.domain;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Display</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The guest's graphical console (VNC and/or SDL). For PV/PVH guests it is written as the xl.cfg vfb entry, for HVM guests as the top-level keys vnc, vnclisten, vncdisplay, vncpasswd, vncunused, sdl, keymap.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.xenophilia.domain.Display#getKeymap <em>Keymap</em>}</li>
 *   <li>{@link org.xenophilia.domain.Display#isSdl <em>Sdl</em>}</li>
 *   <li>{@link org.xenophilia.domain.Display#isVnc <em>Vnc</em>}</li>
 *   <li>{@link org.xenophilia.domain.Display#getVncdisplay <em>Vncdisplay</em>}</li>
 *   <li>{@link org.xenophilia.domain.Display#getVnclisten <em>Vnclisten</em>}</li>
 *   <li>{@link org.xenophilia.domain.Display#getVncpasswd <em>Vncpasswd</em>}</li>
 *   <li>{@link org.xenophilia.domain.Display#isVncunused <em>Vncunused</em>}</li>
 * </ul>
 *
 * @see org.xenophilia.domain.DomainPackage#getDisplay()
 * @model extendedMetaData="name='Display' kind='empty'"
 * @generated
 */
public interface Display extends EObject {
	/**
	 * Returns the value of the '<em><b>Keymap</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * xl.cfg keymap: keyboard layout of the display, a QEMU keymap name such as en-us (default), de, fr-ch.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Keymap</em>' attribute.
	 * @see #setKeymap(String)
	 * @see org.xenophilia.domain.DomainPackage#getDisplay_Keymap()
	 * @model dataType="org.xenophilia.domain.Keymap"
	 *        extendedMetaData="kind='attribute' name='keymap'"
	 * @generated
	 */
	String getKeymap();

	/**
	 * Sets the value of the '{@link org.xenophilia.domain.Display#getKeymap <em>Keymap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Keymap</em>' attribute.
	 * @see #getKeymap()
	 * @generated
	 */
	void setKeymap(String value);

	/**
	 * Returns the value of the '<em><b>Sdl</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * xl.cfg sdl: show the display in an X window on dom0 via SDL (xl default false).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sdl</em>' attribute.
	 * @see #isSetSdl()
	 * @see #unsetSdl()
	 * @see #setSdl(boolean)
	 * @see org.xenophilia.domain.DomainPackage#getDisplay_Sdl()
	 * @model unsettable="true" dataType="org.eclipse.emf.ecore.xml.type.Boolean"
	 *        extendedMetaData="kind='attribute' name='sdl'"
	 * @generated
	 */
	boolean isSdl();

	/**
	 * Sets the value of the '{@link org.xenophilia.domain.Display#isSdl <em>Sdl</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sdl</em>' attribute.
	 * @see #isSetSdl()
	 * @see #unsetSdl()
	 * @see #isSdl()
	 * @generated
	 */
	void setSdl(boolean value);

	/**
	 * Unsets the value of the '{@link org.xenophilia.domain.Display#isSdl <em>Sdl</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetSdl()
	 * @see #isSdl()
	 * @see #setSdl(boolean)
	 * @generated
	 */
	void unsetSdl();

	/**
	 * Returns whether the value of the '{@link org.xenophilia.domain.Display#isSdl <em>Sdl</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Sdl</em>' attribute is set.
	 * @see #unsetSdl()
	 * @see #isSdl()
	 * @see #setSdl(boolean)
	 * @generated
	 */
	boolean isSetSdl();

	/**
	 * Returns the value of the '<em><b>Vnc</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * xl.cfg vnc: serve the display over VNC; enables the other vnc settings (xl default true for a vfb).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vnc</em>' attribute.
	 * @see #isSetVnc()
	 * @see #unsetVnc()
	 * @see #setVnc(boolean)
	 * @see org.xenophilia.domain.DomainPackage#getDisplay_Vnc()
	 * @model unsettable="true" dataType="org.eclipse.emf.ecore.xml.type.Boolean"
	 *        extendedMetaData="kind='attribute' name='vnc'"
	 * @generated
	 */
	boolean isVnc();

	/**
	 * Sets the value of the '{@link org.xenophilia.domain.Display#isVnc <em>Vnc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vnc</em>' attribute.
	 * @see #isSetVnc()
	 * @see #unsetVnc()
	 * @see #isVnc()
	 * @generated
	 */
	void setVnc(boolean value);

	/**
	 * Unsets the value of the '{@link org.xenophilia.domain.Display#isVnc <em>Vnc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetVnc()
	 * @see #isVnc()
	 * @see #setVnc(boolean)
	 * @generated
	 */
	void unsetVnc();

	/**
	 * Returns whether the value of the '{@link org.xenophilia.domain.Display#isVnc <em>Vnc</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Vnc</em>' attribute is set.
	 * @see #unsetVnc()
	 * @see #isVnc()
	 * @see #setVnc(boolean)
	 * @generated
	 */
	boolean isSetVnc();

	/**
	 * Returns the value of the '<em><b>Vncdisplay</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * xl.cfg vncdisplay: VNC display number; the TCP port is 5900 + the number.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vncdisplay</em>' attribute.
	 * @see #isSetVncdisplay()
	 * @see #unsetVncdisplay()
	 * @see #setVncdisplay(int)
	 * @see org.xenophilia.domain.DomainPackage#getDisplay_Vncdisplay()
	 * @model unsettable="true" dataType="org.xenophilia.domain.VncDisplayNumber"
	 *        extendedMetaData="kind='attribute' name='vncdisplay'"
	 * @generated
	 */
	int getVncdisplay();

	/**
	 * Sets the value of the '{@link org.xenophilia.domain.Display#getVncdisplay <em>Vncdisplay</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vncdisplay</em>' attribute.
	 * @see #isSetVncdisplay()
	 * @see #unsetVncdisplay()
	 * @see #getVncdisplay()
	 * @generated
	 */
	void setVncdisplay(int value);

	/**
	 * Unsets the value of the '{@link org.xenophilia.domain.Display#getVncdisplay <em>Vncdisplay</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetVncdisplay()
	 * @see #getVncdisplay()
	 * @see #setVncdisplay(int)
	 * @generated
	 */
	void unsetVncdisplay();

	/**
	 * Returns whether the value of the '{@link org.xenophilia.domain.Display#getVncdisplay <em>Vncdisplay</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Vncdisplay</em>' attribute is set.
	 * @see #unsetVncdisplay()
	 * @see #getVncdisplay()
	 * @see #setVncdisplay(int)
	 * @generated
	 */
	boolean isSetVncdisplay();

	/**
	 * Returns the value of the '<em><b>Vnclisten</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * xl.cfg vnclisten: ADDRESS[:DISPLAYNUM] the VNC server listens on, e.g. 127.0.0.1 or 0.0.0.0:2. Do not combine a display number here with vncdisplay.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vnclisten</em>' attribute.
	 * @see #setVnclisten(String)
	 * @see org.xenophilia.domain.DomainPackage#getDisplay_Vnclisten()
	 * @model dataType="org.xenophilia.domain.VncListen"
	 *        extendedMetaData="kind='attribute' name='vnclisten'"
	 * @generated
	 */
	String getVnclisten();

	/**
	 * Sets the value of the '{@link org.xenophilia.domain.Display#getVnclisten <em>Vnclisten</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vnclisten</em>' attribute.
	 * @see #getVnclisten()
	 * @generated
	 */
	void setVnclisten(String value);

	/**
	 * Returns the value of the '<em><b>Vncpasswd</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * xl.cfg vncpasswd: password of the VNC server; an empty string disables authentication.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vncpasswd</em>' attribute.
	 * @see #setVncpasswd(String)
	 * @see org.xenophilia.domain.DomainPackage#getDisplay_Vncpasswd()
	 * @model dataType="org.eclipse.emf.ecore.xml.type.String"
	 *        extendedMetaData="kind='attribute' name='vncpasswd'"
	 * @generated
	 */
	String getVncpasswd();

	/**
	 * Sets the value of the '{@link org.xenophilia.domain.Display#getVncpasswd <em>Vncpasswd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vncpasswd</em>' attribute.
	 * @see #getVncpasswd()
	 * @generated
	 */
	void setVncpasswd(String value);

	/**
	 * Returns the value of the '<em><b>Vncunused</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * xl.cfg vncunused: let the VNC server pick a free port (find it with xl vncviewer).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vncunused</em>' attribute.
	 * @see #isSetVncunused()
	 * @see #unsetVncunused()
	 * @see #setVncunused(boolean)
	 * @see org.xenophilia.domain.DomainPackage#getDisplay_Vncunused()
	 * @model unsettable="true" dataType="org.eclipse.emf.ecore.xml.type.Boolean"
	 *        extendedMetaData="kind='attribute' name='vncunused'"
	 * @generated
	 */
	boolean isVncunused();

	/**
	 * Sets the value of the '{@link org.xenophilia.domain.Display#isVncunused <em>Vncunused</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vncunused</em>' attribute.
	 * @see #isSetVncunused()
	 * @see #unsetVncunused()
	 * @see #isVncunused()
	 * @generated
	 */
	void setVncunused(boolean value);

	/**
	 * Unsets the value of the '{@link org.xenophilia.domain.Display#isVncunused <em>Vncunused</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetVncunused()
	 * @see #isVncunused()
	 * @see #setVncunused(boolean)
	 * @generated
	 */
	void unsetVncunused();

	/**
	 * Returns whether the value of the '{@link org.xenophilia.domain.Display#isVncunused <em>Vncunused</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Vncunused</em>' attribute is set.
	 * @see #unsetVncunused()
	 * @see #isVncunused()
	 * @see #setVncunused(boolean)
	 * @generated
	 */
	boolean isSetVncunused();

} // Display
