import { expect, test, type Locator, type Page } from '@playwright/test';
import { ADMIN, DEMO_USERS, mainNav, openSignedIn, signIn } from './support/app';

interface Area {
  name: string;
  to: string;
}

const AREAS: Area[] = [
  { name: 'Dashboard', to: '/dashboard' },
  { name: 'Clients', to: '/clients' },
  { name: 'Care plans', to: '/care-plans' },
  { name: 'Referrals', to: '/referrals' },
  { name: 'Directory', to: '/directory' },
];
const AREAS_ES: Area[] = [
  { name: 'Inicio', to: '/dashboard' },
  { name: 'Clientes', to: '/clients' },
  { name: 'Planes de atención', to: '/care-plans' },
  { name: 'Derivaciones', to: '/referrals' },
  { name: 'Directorio', to: '/directory' },
];
const ADMIN_AREA: Area = { name: 'Admin', to: '/admin' };
/** The statistical reports: for supervisors, admins and auditors only (REPORT_ROLES). */
const REPORTS_AREA: Area = { name: 'Reports', to: '/reports' };
const READS_REPORTS = ['ADMIN', 'SUPERVISOR', 'AUDITOR'];

/**
 * A link of the main navigation, found by where it leads and showing its label. A name alone is
 * ambiguous: "Directory" and "Admin" are also in "Directory admin", and "Referrals" carries the
 * inbox's count when something is new.
 */
const navLink = (nav: Locator, area: Area) => nav.locator(`a[href="${area.to}"]`).filter({ hasText: area.name });

test.describe('the application shell', () => {
  for (const user of DEMO_USERS) {
    test(`${user.roleLabel} ${user.email} signs in and sees the shell of ${user.agency}`, async ({ page }) => {
      await openSignedIn(page, '/', user.email);
      await expect(page).toHaveURL(/\/dashboard$/);
      const banner = page.getByRole('banner');
      await expect(banner.getByText(user.agency)).toBeVisible();
      await expect(banner.getByText(user.displayName)).toBeVisible();
      await expect(banner.getByText(user.roleLabel, { exact: true })).toBeVisible();
      await expect(banner.getByRole('button', { name: 'Sign out' })).toBeVisible();
      for (const area of AREAS) await expect(navLink(mainNav(page), area)).toBeVisible();
      const reportsLink = navLink(mainNav(page), REPORTS_AREA);
      if (READS_REPORTS.includes(user.role)) await expect(reportsLink).toBeVisible();
      else await expect(reportsLink).toHaveCount(0);
      const adminLink = navLink(mainNav(page), ADMIN_AREA);
      if (user.role === 'ADMIN') await expect(adminLink).toBeVisible();
      else await expect(adminLink).toHaveCount(0);
      await expect(page.getByRole('heading', { name: `Welcome, ${user.displayName}` })).toBeVisible();
    });
  }

  test('the reports are refused to a case manager, and an unknown address is not found', async ({ page }) => {
    await openSignedIn(page, '/reports', 'casemanager@riverside.example');
    await expect(page.getByRole('heading', { level: 1, name: 'No access' })).toBeVisible();
    await page.goto('/no/such/page');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  });

  test('a person who is not an admin gets "No access" on admin pages', async ({ page }) => {
    await openSignedIn(page, '/admin/users', 'casemanager@riverside.example');
    await expect(page.getByRole('heading', { level: 1, name: 'No access' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Casey Manager', exact: true })).toHaveCount(0);
  });

  test('switching to Spanish translates the shell and is remembered', async ({ page }) => {
    const user = DEMO_USERS[2];
    await openSignedIn(page, '/dashboard', user.email);
    await page.getByRole('button', { name: 'Language: English' }).click();
    await page.getByRole('menuitem', { name: 'Español' }).click();
    const nav = page.getByRole('navigation', { name: 'Navegación principal' });
    for (const area of AREAS_ES) await expect(navLink(nav, area)).toBeVisible();
    await expect(page.getByRole('banner').getByText(user.roleLabelEs, { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Cerrar sesión' })).toBeVisible();
    await expect(page.getByRole('heading', { name: `Hola, ${user.displayName}` })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');

    await page.reload();
    await expect(nav.getByRole('link', { name: 'Clientes' })).toBeVisible();
    await nav.getByRole('link', { name: 'Derivaciones' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Derivaciones' })).toBeVisible();

    await page.getByRole('button', { name: 'Idioma: Español' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await expect(mainNav(page).getByRole('link', { name: 'Clients' })).toBeVisible();
  });

  test('signing out ends the session and the pages need a sign-in again', async ({ page }) => {
    await openSignedIn(page, '/dashboard', 'intake@riverside.example');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.getByRole('heading', { name: 'Sign in to Waymark' })).toBeVisible();
    expect(await page.evaluate(() => sessionStorage.getItem('waymark.refreshToken'))).toBeNull();
    await page.goto('/profile');
    await expect(page).toHaveURL(/\/login\?next=%2Fprofile$/);
    await expect(page.getByRole('heading', { name: 'Sign in to Waymark' })).toBeVisible();
  });

  test('after signing in, people land on the page they asked for', async ({ page }) => {
    await page.goto('/admin/users?q=Casey');
    await signIn(page, ADMIN.email);
    await expect(page).toHaveURL(/\/admin\/users\?q=Casey$/);
    await expect(page.getByRole('searchbox', { name: 'Search by name or email' })).toHaveValue('Casey');
    await expect(page.getByRole('link', { name: 'Casey Manager' })).toBeVisible();
  });

  test('a reload keeps the session of the tab', async ({ page }) => {
    await openSignedIn(page, '/profile', 'auditor@riverside.example');
    await expect(page.getByRole('heading', { level: 1, name: 'My profile' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'My profile' })).toBeVisible();
    await expect(page.getByText('auditor@riverside.example')).toBeVisible();
  });
});

async function tabTo(page: Page, target: Locator, maxTabs = 40) {
  for (let i = 0; i < maxTabs; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('could not reach the element with the Tab key');
}

async function hasVisibleFocus(target: Locator): Promise<boolean> {
  return target.evaluate((el) => {
    const style = getComputedStyle(el);
    return el.matches(':focus-visible') && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  });
}

test.describe('keyboard and small screens', () => {
  test('signing in and moving around works with the keyboard alone', async ({ page }) => {
    await page.goto('/dashboard');
    const email = page.getByLabel('Email');
    await expect(email).toBeFocused();
    await page.keyboard.type('intake@riverside.example');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('textbox', { name: 'Password' })).toBeFocused();
    await page.keyboard.type('Waymark-Demo-2026');
    await page.keyboard.press('Enter');
    await expect(mainNav(page)).toBeVisible();
    await expect(page).toHaveURL(/\/dashboard$/);

    // A page the document loads with leaves focus at the top (whatever the dashboard holds), so the skip link comes first and jumps to the page.
    await page.reload();
    await expect(mainNav(page)).toBeVisible();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('main#main-content')).toBeFocused();

    // Links of the navigation are reachable with Tab, show where focus is, and open with Enter.
    const clients = mainNav(page).getByRole('link', { name: 'Clients' });
    await tabTo(page, clients);
    expect(await hasVisibleFocus(clients)).toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();

    // Language menu by keyboard.
    const language = page.getByRole('button', { name: 'Language: English' });
    await tabTo(page, language);
    await page.keyboard.press('Enter');
    const spanish = page.getByRole('menuitem', { name: 'Español' });
    await expect(spanish).toBeVisible();
    for (let i = 0; i < 4 && !(await spanish.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('ArrowDown');
    }
    await expect(spanish).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('navigation', { name: 'Navegación principal' })).toBeVisible();
  });

  test('on a tablet in portrait (768×1024) the navigation folds behind the menu button and the search keeps its label', async ({ page }) => {
    await openSignedIn(page, '/dashboard');
    await page.setViewportSize({ width: 768, height: 1024 });
    await expect(page.getByRole('button', { name: 'Open navigation' })).toBeVisible();
    await expect(mainNav(page)).not.toBeInViewport();
    await expect(page.getByRole('banner').getByRole('button', { name: 'Sign out' })).toBeVisible();
    const search = page.getByRole('banner').getByRole('button', { name: 'Search clients' });
    const label = search.getByText('Search clients…');
    expect(await label.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    await page.getByRole('button', { name: 'Open navigation' }).click();
    for (const area of [...AREAS, ADMIN_AREA]) await expect(navLink(mainNav(page), area)).toBeVisible();
    await navLink(mainNav(page), ADMIN_AREA).click();
    await expect(page.getByRole('table', { name: 'Users of your agency' }).getByRole('link', { name: 'Casey Manager' })).toBeVisible();
  });

  test('on a phone the navigation opens from the menu button', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/dashboard');
    await signIn(page, 'casemanager@riverside.example');
    await expect(page.getByRole('heading', { name: 'Welcome, Casey Manager' })).toBeVisible();
    // The header items sit side by side, never on top of each other.
    const header = page.getByRole('banner');
    const boxes: { x: number; width: number }[] = [];
    for (const item of [
      header.getByRole('link', { name: 'Waymark' }),
      header.getByRole('link', { name: /^My profile/ }),
      header.getByRole('button', { name: 'Language: English' }),
      header.getByRole('button', { name: 'Sign out' }),
    ]) {
      const box = await item.boundingBox();
      expect(box).not.toBeNull();
      if (box) boxes.push(box);
    }
    for (let i = 1; i < boxes.length; i++) expect(boxes[i].x).toBeGreaterThanOrEqual(boxes[i - 1].x + boxes[i - 1].width);
    await page.getByRole('button', { name: 'Open navigation' }).click();
    await navLink(mainNav(page), { name: 'Referrals', to: '/referrals' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Referrals' })).toBeVisible();
  });
});
