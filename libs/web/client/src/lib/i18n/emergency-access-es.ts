import type { emergencyAccessEn } from './emergency-access-en';

/** Textos en español del acceso de emergencia (espacio `client`, clave `emergencyAccess`). */
export const emergencyAccessEs: typeof emergencyAccessEn = {
  refusedTitle: 'No tiene acceso a este expediente',
  refused: 'Este cliente no le corresponde. En una emergencia —está en juego la seguridad de alguien y no se localiza a su equipo— puede abrir el expediente para leerlo durante un tiempo limitado.',
  open: 'Acceso de emergencia',
  back: 'Volver a clientes',
  title: 'Abrir este expediente en una emergencia',
  warning:
    'El acceso de emergencia queda en el registro de auditoría con gravedad alta, dura un tiempo limitado (el expediente muestra cuánto al abrirse), le permite leer el expediente pero no cambiarlo, y se avisa a los supervisores de quién lo abrió y por qué, para que lo revisen.',
  reason: '¿Por qué necesita abrirlo ahora?',
  reasonHint: 'Por ejemplo: el cliente llamó en crisis y el plan de guardia está en el expediente',
  reasonRequired: 'Diga por qué necesita el expediente ahora',
  reasonTooLong: 'Como máximo {{max}} caracteres',
  submit: 'Abrir en emergencia',
  granted: 'Acceso de emergencia concedido hasta {{until}}',
  banner: 'Acceso de emergencia: puede leer este expediente durante {{left}} más (hasta {{until}}). Su acceso queda registrado y un supervisor lo revisará.',
  minutesLeft_one: '{{count}} minuto',
  minutesLeft_other: '{{count}} minutos',
  lessThanAMinute: 'menos de un minuto',
};
