/**
 * Generated from model/domain.xsd by releng/regenerate-model.sh.
 * Do not edit: change the schema and regenerate.
 */
package org.xenophilia.domain.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.xenophilia.domain.Display;
import org.xenophilia.domain.DomainPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Display</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.xenophilia.domain.impl.DisplayImpl#getKeymap <em>Keymap</em>}</li>
 *   <li>{@link org.xenophilia.domain.impl.DisplayImpl#isSdl <em>Sdl</em>}</li>
 *   <li>{@link org.xenophilia.domain.impl.DisplayImpl#isVnc <em>Vnc</em>}</li>
 *   <li>{@link org.xenophilia.domain.impl.DisplayImpl#getVncdisplay <em>Vncdisplay</em>}</li>
 *   <li>{@link org.xenophilia.domain.impl.DisplayImpl#getVnclisten <em>Vnclisten</em>}</li>
 *   <li>{@link org.xenophilia.domain.impl.DisplayImpl#getVncpasswd <em>Vncpasswd</em>}</li>
 *   <li>{@link org.xenophilia.domain.impl.DisplayImpl#isVncunused <em>Vncunused</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DisplayImpl extends EObjectImpl implements Display {
	/**
	 * The default value of the '{@link #getKeymap() <em>Keymap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeymap()
	 * @generated
	 * @ordered
	 */
	protected static final String KEYMAP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKeymap() <em>Keymap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeymap()
	 * @generated
	 * @ordered
	 */
	protected String keymap = KEYMAP_EDEFAULT;

	/**
	 * The default value of the '{@link #isSdl() <em>Sdl</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSdl()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SDL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSdl() <em>Sdl</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSdl()
	 * @generated
	 * @ordered
	 */
	protected boolean sdl = SDL_EDEFAULT;

	/**
	 * This is true if the Sdl attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean sdlESet;

	/**
	 * The default value of the '{@link #isVnc() <em>Vnc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isVnc()
	 * @generated
	 * @ordered
	 */
	protected static final boolean VNC_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isVnc() <em>Vnc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isVnc()
	 * @generated
	 * @ordered
	 */
	protected boolean vnc = VNC_EDEFAULT;

	/**
	 * This is true if the Vnc attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean vncESet;

	/**
	 * The default value of the '{@link #getVncdisplay() <em>Vncdisplay</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVncdisplay()
	 * @generated
	 * @ordered
	 */
	protected static final int VNCDISPLAY_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getVncdisplay() <em>Vncdisplay</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVncdisplay()
	 * @generated
	 * @ordered
	 */
	protected int vncdisplay = VNCDISPLAY_EDEFAULT;

	/**
	 * This is true if the Vncdisplay attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean vncdisplayESet;

	/**
	 * The default value of the '{@link #getVnclisten() <em>Vnclisten</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVnclisten()
	 * @generated
	 * @ordered
	 */
	protected static final String VNCLISTEN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVnclisten() <em>Vnclisten</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVnclisten()
	 * @generated
	 * @ordered
	 */
	protected String vnclisten = VNCLISTEN_EDEFAULT;

	/**
	 * The default value of the '{@link #getVncpasswd() <em>Vncpasswd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVncpasswd()
	 * @generated
	 * @ordered
	 */
	protected static final String VNCPASSWD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVncpasswd() <em>Vncpasswd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVncpasswd()
	 * @generated
	 * @ordered
	 */
	protected String vncpasswd = VNCPASSWD_EDEFAULT;

	/**
	 * The default value of the '{@link #isVncunused() <em>Vncunused</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isVncunused()
	 * @generated
	 * @ordered
	 */
	protected static final boolean VNCUNUSED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isVncunused() <em>Vncunused</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isVncunused()
	 * @generated
	 * @ordered
	 */
	protected boolean vncunused = VNCUNUSED_EDEFAULT;

	/**
	 * This is true if the Vncunused attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean vncunusedESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DisplayImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DomainPackage.Literals.DISPLAY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKeymap() {
		return keymap;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKeymap(String newKeymap) {
		String oldKeymap = keymap;
		keymap = newKeymap;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.DISPLAY__KEYMAP, oldKeymap, keymap));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSdl() {
		return sdl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSdl(boolean newSdl) {
		boolean oldSdl = sdl;
		sdl = newSdl;
		boolean oldSdlESet = sdlESet;
		sdlESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.DISPLAY__SDL, oldSdl, sdl, !oldSdlESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetSdl() {
		boolean oldSdl = sdl;
		boolean oldSdlESet = sdlESet;
		sdl = SDL_EDEFAULT;
		sdlESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.DISPLAY__SDL, oldSdl, SDL_EDEFAULT, oldSdlESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetSdl() {
		return sdlESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isVnc() {
		return vnc;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVnc(boolean newVnc) {
		boolean oldVnc = vnc;
		vnc = newVnc;
		boolean oldVncESet = vncESet;
		vncESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.DISPLAY__VNC, oldVnc, vnc, !oldVncESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetVnc() {
		boolean oldVnc = vnc;
		boolean oldVncESet = vncESet;
		vnc = VNC_EDEFAULT;
		vncESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.DISPLAY__VNC, oldVnc, VNC_EDEFAULT, oldVncESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetVnc() {
		return vncESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getVncdisplay() {
		return vncdisplay;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVncdisplay(int newVncdisplay) {
		int oldVncdisplay = vncdisplay;
		vncdisplay = newVncdisplay;
		boolean oldVncdisplayESet = vncdisplayESet;
		vncdisplayESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.DISPLAY__VNCDISPLAY, oldVncdisplay, vncdisplay, !oldVncdisplayESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetVncdisplay() {
		int oldVncdisplay = vncdisplay;
		boolean oldVncdisplayESet = vncdisplayESet;
		vncdisplay = VNCDISPLAY_EDEFAULT;
		vncdisplayESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.DISPLAY__VNCDISPLAY, oldVncdisplay, VNCDISPLAY_EDEFAULT, oldVncdisplayESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetVncdisplay() {
		return vncdisplayESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVnclisten() {
		return vnclisten;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVnclisten(String newVnclisten) {
		String oldVnclisten = vnclisten;
		vnclisten = newVnclisten;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.DISPLAY__VNCLISTEN, oldVnclisten, vnclisten));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVncpasswd() {
		return vncpasswd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVncpasswd(String newVncpasswd) {
		String oldVncpasswd = vncpasswd;
		vncpasswd = newVncpasswd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.DISPLAY__VNCPASSWD, oldVncpasswd, vncpasswd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isVncunused() {
		return vncunused;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVncunused(boolean newVncunused) {
		boolean oldVncunused = vncunused;
		vncunused = newVncunused;
		boolean oldVncunusedESet = vncunusedESet;
		vncunusedESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.DISPLAY__VNCUNUSED, oldVncunused, vncunused, !oldVncunusedESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetVncunused() {
		boolean oldVncunused = vncunused;
		boolean oldVncunusedESet = vncunusedESet;
		vncunused = VNCUNUSED_EDEFAULT;
		vncunusedESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.DISPLAY__VNCUNUSED, oldVncunused, VNCUNUSED_EDEFAULT, oldVncunusedESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetVncunused() {
		return vncunusedESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DomainPackage.DISPLAY__KEYMAP:
				return getKeymap();
			case DomainPackage.DISPLAY__SDL:
				return isSdl();
			case DomainPackage.DISPLAY__VNC:
				return isVnc();
			case DomainPackage.DISPLAY__VNCDISPLAY:
				return getVncdisplay();
			case DomainPackage.DISPLAY__VNCLISTEN:
				return getVnclisten();
			case DomainPackage.DISPLAY__VNCPASSWD:
				return getVncpasswd();
			case DomainPackage.DISPLAY__VNCUNUSED:
				return isVncunused();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case DomainPackage.DISPLAY__KEYMAP:
				setKeymap((String)newValue);
				return;
			case DomainPackage.DISPLAY__SDL:
				setSdl((Boolean)newValue);
				return;
			case DomainPackage.DISPLAY__VNC:
				setVnc((Boolean)newValue);
				return;
			case DomainPackage.DISPLAY__VNCDISPLAY:
				setVncdisplay((Integer)newValue);
				return;
			case DomainPackage.DISPLAY__VNCLISTEN:
				setVnclisten((String)newValue);
				return;
			case DomainPackage.DISPLAY__VNCPASSWD:
				setVncpasswd((String)newValue);
				return;
			case DomainPackage.DISPLAY__VNCUNUSED:
				setVncunused((Boolean)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case DomainPackage.DISPLAY__KEYMAP:
				setKeymap(KEYMAP_EDEFAULT);
				return;
			case DomainPackage.DISPLAY__SDL:
				unsetSdl();
				return;
			case DomainPackage.DISPLAY__VNC:
				unsetVnc();
				return;
			case DomainPackage.DISPLAY__VNCDISPLAY:
				unsetVncdisplay();
				return;
			case DomainPackage.DISPLAY__VNCLISTEN:
				setVnclisten(VNCLISTEN_EDEFAULT);
				return;
			case DomainPackage.DISPLAY__VNCPASSWD:
				setVncpasswd(VNCPASSWD_EDEFAULT);
				return;
			case DomainPackage.DISPLAY__VNCUNUSED:
				unsetVncunused();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case DomainPackage.DISPLAY__KEYMAP:
				return KEYMAP_EDEFAULT == null ? keymap != null : !KEYMAP_EDEFAULT.equals(keymap);
			case DomainPackage.DISPLAY__SDL:
				return isSetSdl();
			case DomainPackage.DISPLAY__VNC:
				return isSetVnc();
			case DomainPackage.DISPLAY__VNCDISPLAY:
				return isSetVncdisplay();
			case DomainPackage.DISPLAY__VNCLISTEN:
				return VNCLISTEN_EDEFAULT == null ? vnclisten != null : !VNCLISTEN_EDEFAULT.equals(vnclisten);
			case DomainPackage.DISPLAY__VNCPASSWD:
				return VNCPASSWD_EDEFAULT == null ? vncpasswd != null : !VNCPASSWD_EDEFAULT.equals(vncpasswd);
			case DomainPackage.DISPLAY__VNCUNUSED:
				return isSetVncunused();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (keymap: ");
		result.append(keymap);
		result.append(", sdl: ");
		if (sdlESet) result.append(sdl); else result.append("<unset>");
		result.append(", vnc: ");
		if (vncESet) result.append(vnc); else result.append("<unset>");
		result.append(", vncdisplay: ");
		if (vncdisplayESet) result.append(vncdisplay); else result.append("<unset>");
		result.append(", vnclisten: ");
		result.append(vnclisten);
		result.append(", vncpasswd: ");
		result.append(vncpasswd);
		result.append(", vncunused: ");
		if (vncunusedESet) result.append(vncunused); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //DisplayImpl
