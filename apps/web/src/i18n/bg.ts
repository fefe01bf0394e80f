/** Bulgarian: what workers see (sign-in, their instructions); the rest falls back to English. */
export const bg = {
  common: { loading: 'Зареждане…', notFound: 'Тази страница не съществува.', language: 'Език', refresh: 'Опресняване' },
  nav: { myInstructions: 'Моите инструкции', label: 'Главно меню', signOut: 'Изход' },
  role: { WORKER: 'работник', MANAGER: 'мениджър', ADMIN: 'администратор', INSPECTOR: 'инспектор' },
  signIn: {
    title: 'Вход в Schakel',
    lead: 'Без парола: получавате линк за вход по имейл. Той е валиден 15 минути и работи веднъж.',
    email: 'Имейл адрес',
    send: 'Изпратете ми линк за вход',
    sent: 'Ако {{email}} е известен в Schakel, линк за вход е на път. Отворете го в този браузър.',
    pasteLink: 'Или поставете тук получения линк за вход',
    useLink: 'Вход с този линк',
    noMail: 'Няма имейл? Помолете вашия ръководител за линк.',
  },
  ack: { MISSING: 'Непотвърдено', STALE: 'Потвърдена стара версия (v{{version}})', CURRENT: 'Потвърдено' },
  worker: {
    title: 'Моите инструкции',
    lead: 'Прочетете всяка инструкция на език, който разбирате, и потвърдете, че я разбирате.',
    readIn: 'Четете на',
    readAndUnderstood: 'Прочетох и разбрах',
  },
  errors: {
    SIGN_IN_CODE_INVALID: 'Този линк за вход не е валиден. Поискайте нов.',
    SIGN_IN_CODE_USED: 'Този линк за вход вече е използван. Поискайте нов.',
    SIGN_IN_CODE_EXPIRED: 'Този линк за вход е изтекъл (15 минути). Поискайте нов.',
    NETWORK: 'Schakel не е достъпен. Опитайте отново след малко.',
  },
  prevention: {
    nav: { myPass: 'Моят пропуск' },
    pass: {
      title: 'Моят пропуск',
      none: 'Все още нямате пропуск. Помолете работодателя си да ви издаде такъв.',
      ACTIVE: 'Валиден',
      REVOKED: 'Анулиран',
      EXPIRED: 'Изтекъл',
      qrLabel: 'QR код на пропуска: {{name}}',
      show: 'Покажете този код за сканиране на входа.',
      validUntil: 'Валиден до',
    },
  },
};
